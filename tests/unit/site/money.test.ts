import { describe, expect, it } from 'vitest'

import { formatInvestment, formatShare, formatWan, formatYi } from '@/site/money'

describe('investment figures as the newspaper prints them', () => {
  it.each([
    [489, '489万元'],
    [1190.5, '1190.5万元'],
    [0.25, '0.25万元'],
    [9999.99, '9999.99万元'],
  ])('formatWan(%d) = %s', (wan, text) => expect(formatWan(wan)).toBe(text))

  it.each([
    [13_234, '1.32亿元'],
    [13_200, '1.32亿元'],
    [23_400, '2.34亿元'],
    [20_000, '2亿元'],
    [11_600, '1.16亿元'],
  ])('formatYi(%d) = %s', (wan, text) => expect(formatYi(wan)).toBe(text))

  it('switches to 亿元 from one 亿 up', () => {
    expect(formatInvestment(9_999)).toBe('9999万元')
    expect(formatInvestment(10_000)).toBe('1亿元')
  })

  it.each([
    [0.878, '87.8%'],
    [1, '100%'],
    [0, '0%'],
    [0.1234, '12.3%'],
  ])('formatShare(%d) = %s', (fraction, text) => expect(formatShare(fraction)).toBe(text))
})
