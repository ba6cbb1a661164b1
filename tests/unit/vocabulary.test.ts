import { describe, expect, it } from 'vitest'

import { optionsOf, PROJECT_CATEGORIES, valueOf } from '../../src/vocabulary'

describe('vocabulary', () => {
  it('maps a Chinese label to its stored value', () => {
    expect(valueOf(PROJECT_CATEGORIES, '基础设施类')).toBe('infrastructure')
    expect(valueOf(PROJECT_CATEGORIES, '招商引资类')).toBe('investment_promotion')
  })

  it('refuses a label it does not know, naming the ones it does', () => {
    expect(() => valueOf(PROJECT_CATEGORIES, '体育类')).toThrow(/体育类.*基础设施类/)
  })

  it('turns a vocabulary into bilingual select options', () => {
    expect(optionsOf(PROJECT_CATEGORIES)[0]).toEqual({
      value: 'infrastructure',
      label: { zh: '基础设施类', en: 'Infrastructure' },
    })
  })
})
