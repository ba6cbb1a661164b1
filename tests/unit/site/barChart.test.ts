import { describe, expect, it } from 'vitest'

import { barChartLayout } from '@/site/barChart'

const bar = (label: string, value: number) => ({ label, value, valueLabel: `${value}万元` })

describe('barChartLayout', () => {
  it('the largest bar takes the whole track; the others are proportional', () => {
    const layout = barChartLayout([bar('教育类', 2540), bar('产业类', 889)], {
      width: 400,
      labelWidth: 100,
      valueWidth: 100,
    })
    expect(layout.bars[0]!.barWidth).toBe(200)
    expect(layout.bars[1]!.barWidth).toBeCloseTo((889 / 2540) * 200)
  })

  it('stacks bars with a gap and reports the height it needs', () => {
    const layout = barChartLayout([bar('a', 1), bar('b', 2), bar('c', 3)], { barHeight: 20, gap: 10 })
    expect(layout.bars.map((b) => b.y)).toEqual([0, 30, 60])
    expect(layout.height).toBe(80)
    expect(layout.bars[1]!.labelY).toBe(40)
  })

  it('a tiny value stays visible; zero draws no bar; no data draws nothing', () => {
    const layout = barChartLayout([bar('big', 1_000_000), bar('tiny', 1), bar('none', 0)])
    expect(layout.bars[1]!.barWidth).toBeGreaterThanOrEqual(2)
    expect(layout.bars[2]!.barWidth).toBe(0)
    expect(barChartLayout([]).height).toBe(0)
    expect(barChartLayout([bar('zero', 0)]).bars[0]!.barWidth).toBe(0)
  })
})
