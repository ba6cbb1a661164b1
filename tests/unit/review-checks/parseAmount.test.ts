import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findAmounts, parseAmount, parseChineseNumeral, parseCount } from '../../../src/review-checks/parseAmount'

describe('parseAmount', () => {
  it.each([
    ['489万元', 489],
    ['1.32亿元', 13200],
    ['1.16亿元', 11600],
    ['2.34亿元', 23400],
    ['4199万元', 4199],
    ['600余万元', 600],
    ['50万元', 50],
    ['3000元', 0.3],
    ['一千三百万元', 1300],
    ['两亿元', 20000],
    ['十万元', 10],
    ['六百余万元', 600],
    ['三亿五千万元', 35000],
    ['1亿3200万元', 13200],
    [' 489万元 ', 489],
  ])('%s → %d 万元', (text, expected) => {
    expect(parseAmount(text)).toBe(expected)
  })

  it('has no float noise (1.32 * 10000 would be 13200.000000000002)', () => {
    expect(Object.is(parseAmount('1.32亿元'), 13200)).toBe(true)
    expect(parseAmount('0.07亿元')).toBe(700)
  })

  it.each([
    [''],
    ['万元'],
    ['元'],
    ['489'],
    ['489万'],
    ['1000余人'],
    ['3.8万册'],
    ['87.8%'],
    ['47个'],
    ['几十万元'],
    ['投资489万元'],
    ['489 万元'],
    ['一二万元'],
    ['abc'],
  ])('%j is not an amount', (text) => {
    expect(parseAmount(text)).toBeNull()
  })
})

describe('parseChineseNumeral / parseCount', () => {
  it.each([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['一百零五', 105],
    ['一千三百', 1300],
    ['两亿', 200000000],
    ['三亿五千万', 350000000],
  ])('%s → %d', (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected)
  })

  it('rejects malformed numerals', () => {
    expect(parseChineseNumeral('一二')).toBeNull()
    expect(parseChineseNumeral('万')).toBeNull()
    expect(parseChineseNumeral('3')).toBeNull()
  })

  it('reads Arabic and Chinese counts', () => {
    expect(parseCount('47')).toBe(47)
    expect(parseCount('三')).toBe(3)
    expect(parseCount('x')).toBeNull()
  })
})

describe('findAmounts', () => {
  it('finds amounts with offsets and approximation', () => {
    const text = '投资1.32亿元,其中600余万元为捐赠,另有一千三百万元,几十万元不算,3000余件不是钱。'
    expect(findAmounts(text)).toEqual([
      { text: '1.32亿元', offset: 2, wanYuan: 13200, approximate: false },
      { text: '600余万元', offset: 11, wanYuan: 600, approximate: true },
      { text: '一千三百万元', offset: 23, wanYuan: 1300, approximate: false },
    ])
  })

  it('finds every amount of the column article at its offset', () => {
    const raw = readFileSync(new URL('../../../src/seed/column-article.txt', import.meta.url), 'utf8')
    const found = findAmounts(raw)
    expect(found.map((a) => a.wanYuan)).toEqual([
      489, 13200, 11600, 12100, 4199, 7430, 23400, 400, 2000, 1100, 1300, 1190, 50, 1640, 2649, 600,
    ])
    for (const amount of found) expect(raw.slice(amount.offset, amount.offset + amount.text.length)).toBe(amount.text)
    expect(found.filter((a) => a.approximate).map((a) => a.text)).toEqual(['600余万元'])
  })
})
