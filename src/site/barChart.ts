/**
 * Geometry of a horizontal bar chart, computed here so the SVG component only draws. Horizontal
 * bars keep Chinese category names readable on a phone without rotating text.
 */
export interface Bar {
  label: string
  value: number
  /** Text printed after the bar, e.g. "1.16亿元". */
  valueLabel: string
}

export interface BarChartLayout {
  width: number
  height: number
  bars: (Bar & { y: number; barWidth: number; labelY: number })[]
  barX: number
  barHeight: number
}

export interface BarChartOptions {
  width?: number
  labelWidth?: number
  /** Room after the longest bar for its value label. */
  valueWidth?: number
  barHeight?: number
  gap?: number
}

export function barChartLayout(bars: readonly Bar[], options: BarChartOptions = {}): BarChartLayout {
  // Sized for a phone: 360 units wide, drawn at about the text size of the page.
  const { width = 360, labelWidth = 84, valueWidth = 112, barHeight = 20, gap = 10 } = options
  const max = Math.max(0, ...bars.map((bar) => bar.value))
  const track = Math.max(1, width - labelWidth - valueWidth)
  return {
    width,
    height: bars.length === 0 ? 0 : bars.length * (barHeight + gap) - gap,
    barX: labelWidth,
    barHeight,
    bars: bars.map((bar, index) => {
      const y = index * (barHeight + gap)
      return {
        ...bar,
        y,
        labelY: y + barHeight / 2,
        // A bar with any value stays visible.
        barWidth: max > 0 && bar.value > 0 ? Math.max(2, (bar.value / max) * track) : 0,
      }
    }),
  }
}
