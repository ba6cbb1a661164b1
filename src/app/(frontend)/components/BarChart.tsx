import React from 'react'

import { barChartLayout, type Bar } from '@/site/barChart'

/**
 * A horizontal bar chart drawn as SVG on the server: no client code, readable without scripts,
 * scales with the page. The figures are also in the table beside it for screen readers.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const layout = barChartLayout(bars)
  if (layout.bars.length === 0) return null
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        role="img"
        aria-label={`${title}：${bars.map((bar) => `${bar.label} ${bar.valueLabel}`).join('，')}`}
      >
        {layout.bars.map((bar) => (
          <g key={bar.label}>
            <text
              x={layout.barX - 8}
              y={bar.labelY}
              textAnchor="end"
              dominantBaseline="central"
              className="chart__label"
            >
              {bar.label}
            </text>
            <rect
              x={layout.barX}
              y={bar.y}
              width={bar.barWidth}
              height={layout.barHeight}
              rx={3}
              className="chart__bar"
            />
            <text x={layout.barX + bar.barWidth + 6} y={bar.labelY} dominantBaseline="central" className="chart__value">
              {bar.valueLabel}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  )
}
