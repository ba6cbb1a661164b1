import { describe, expect, it } from 'vitest'
import { agrees, findMoneyFigures } from '../../../src/review-checks/moneyFigures'

const only = (text: string) => {
  const [figure, ...rest] = findMoneyFigures(text)
  expect(rest).toEqual([])
  if (!figure) throw new Error(`no figure in ${text}`)
  return figure
}

describe('findMoneyFigures: the values a figure stands for', () => {
  it.each([
    // text, value, low, high (万元)
    ['投资489万元', 489, 488.5, 489.5],
    ['投资1.32亿元', 13200, 13150, 13250],
    ['投资2亿元', 20000, 15000, 25000],
    ['投资1300万元', 1300, 1299.5, 1300.5],
    ['投资600余万元', 600, 600, 700],
    ['投资一千三百万元', 1300, 1250, 1350],
    ['投资300至500万元', 500, 300, 500.5],
    ['投资1亿至1.5亿元', 15000, 10000, 15500],
    ['投资约500万元', 500, 450, 550],
    ['投资近500万元', 500, 450, 500],
    ['投资超过500万元', 500, 500, 600],
  ])('%s', (text, value, low, high) => {
    const figure = only(text)
    expect(figure.value).toBe(value)
    expect(figure.low).toBeCloseTo(low, 6)
    expect(figure.high).toBeCloseTo(high, 6)
    expect(text.endsWith(figure.text)).toBe(true)
  })

  it('minds precision: 1.32亿元 matches 13,234万元 but not 13,500万元', () => {
    const figure = only('投资1.32亿元')
    expect(agrees(figure, 13234)).toBe(true)
    expect(agrees(figure, 13500)).toBe(false)
    expect(figure.format(13500)).toBe('1.35亿元')
  })

  it('knows an investment by the word before it', () => {
    expect(only('总投资达2.34亿元').isInvestment).toBe(true)
    expect(only('专项援助资金共计600余万元').isInvestment).toBe(true)
    expect(only('出资50万元').isInvestment).toBe(true)
    expect(only('人均增收3000元').isInvestment).toBe(false)
    // A cue in another clause does not count.
    expect(only('投资建设大棚,年产值80万元').isInvestment).toBe(false)
  })
})
