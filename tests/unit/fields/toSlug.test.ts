import { describe, expect, it } from 'vitest'

import { SLUG_PATTERN, toSlug } from '../../../src/fields/slug/toSlug'

describe('toSlug', () => {
  it.each([
    ['雪域昂仁', 'xue-yu-ang-ren'],
    ['淄博援藏 2022', 'zi-bo-yuan-cang-2022'],
    ['Zibo Aid Team', 'zibo-aid-team'],
    ['“最红战旗”——在雪域', 'zui-hong-zhan-qi-zai-xue-yu'],
    ['ACMP温拌改性沥青', 'acmp-wen-ban-gai-xing-li-qing'],
    ['   ', ''],
    ['！？。', ''],
  ])('%s -> %s', (title, slug) => {
    expect(toSlug(title)).toBe(slug)
  })

  it('always produces a slug the slug field accepts', () => {
    for (const title of ['让家乡的“最红战旗”在雪域昂仁高高飘扬', 'Ünïcödé Straße', '2021年4月16日', 'a--b__c']) {
      const slug = toSlug(title)
      expect(slug === '' || SLUG_PATTERN.test(slug), `${title} -> ${slug}`).toBe(true)
    }
  })

  it('stops at a word boundary within 80 characters', () => {
    const slug = toSlug('淄博市第九批援藏工作组创造昂仁品质打响淄博品牌'.repeat(3))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.startsWith('zi-bo-shi-di-jiu-pi')).toBe(true)
  })
})
