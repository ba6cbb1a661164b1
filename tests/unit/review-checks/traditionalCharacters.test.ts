import { describe, expect, it } from 'vitest'
import { TRADITIONAL_TO_SIMPLIFIED } from '../../../src/review-checks/traditionalMap'
import { findingsOf } from './helpers'

const check = (text: string) => findingsOf('traditional-characters', text)

describe('traditional-characters', () => {
  it.each([
    ['资助292名贫困大学生和中小學生。', '學', '学'],
    ['這個項目已經竣工。', '這個項', '这个项'],
    ['昂仁縣人民醫院', '縣', '县'],
  ])('finds the traditional run in %s', (text, excerpt, suggestion) => {
    expect(check(text)[0]).toMatchObject({ severity: 'warning', excerpt, suggestion })
  })

  it('reports each separate run once', () => {
    expect(check('這是中小學生').map((f) => f.excerpt)).toEqual(['這', '學'])
  })

  it.each([
    ['著名作家著书立说。'],
    ['站在瞭望塔上。'],
    ['覆盖全县,杯盘狼藉。'],
    ['乾坤朗朗,宫商角徵羽。'],
    ['淄博市第九批援藏工作组创造昂仁品质打响淄博品牌。'],
  ])('leaves characters valid in simplified text alone: %s', (text) => {
    expect(check(text)).toEqual([])
  })

  it('maps only traditional characters to different simplified ones', () => {
    expect(TRADITIONAL_TO_SIMPLIFIED.size).toBeGreaterThan(300)
    const simplified = new Set(TRADITIONAL_TO_SIMPLIFIED.values())
    for (const [trad, simp] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(trad).not.toBe(simp)
      expect(simplified.has(trad)).toBe(false)
    }
    expect(TRADITIONAL_TO_SIMPLIFIED.get('學')).toBe('学')
    expect(TRADITIONAL_TO_SIMPLIFIED.get('藏')).toBeUndefined()
  })
})
