import { describe, expect, it } from 'vitest'

import { programmeFigures, type ProjectFigures } from '@/site/programmeFigures'

const ORDER = ['infrastructure', 'livelihood', 'education', 'health']

const projects: ProjectFigures[] = [
  { categories: ['infrastructure', 'livelihood'], investment: 489, year: 2020 },
  { categories: ['education', 'infrastructure'], investment: 1300, year: 2021 },
  { categories: ['education'], investment: 50.5, year: 2021 },
  { categories: ['health'], investment: null },
  { categories: ['infrastructure'], investment: 3000, fundingType: 'attracted_investment', year: 2022 },
]

describe('programmeFigures: what the published records add up to', () => {
  const figures = programmeFigures(projects, { projectCount: 47, investment: 13_200, categories: [] }, ORDER)

  it('counts every record, sums aid funds apart from attracted investment', () => {
    expect(figures.recorded).toEqual({
      projectCount: 5,
      withInvestment: 4,
      aidInvestment: 1839.5,
      attractedInvestment: 3000,
    })
    expect(figures.declared).toEqual({ projectCount: 47, investment: 13_200 })
  })

  it('a project counts in each of its categories; shares are of the aid total', () => {
    const infrastructure = figures.byCategory.find((entry) => entry.category === 'infrastructure')!
    expect(infrastructure.projectCount).toBe(3)
    expect(infrastructure.investment).toBe(1789)
    expect(infrastructure.share).toBeCloseTo(1789 / 1839.5)
    const education = figures.byCategory.find((entry) => entry.category === 'education')!
    expect(education.investment).toBe(1350.5)
  })

  it('a category whose projects state no investment says so, rather than claiming 0', () => {
    const health = figures.byCategory.find((entry) => entry.category === 'health')!
    expect(health.projectCount).toBe(1)
    expect(health.withInvestment).toBe(0)
  })

  it('keeps the vocabulary order and leaves out empty categories', () => {
    expect(figures.byCategory.map((entry) => entry.category)).toEqual(ORDER)
    expect(programmeFigures([], null, ORDER).byCategory).toEqual([])
  })

  it('aid investment by year, oldest first, without projects of unknown year', () => {
    expect(figures.byYear).toEqual([
      { year: 2020, projectCount: 1, investment: 489 },
      { year: 2021, projectCount: 2, investment: 1350.5 },
    ])
  })

  it('shows the declared figures of a category beside the recorded ones', () => {
    const withDeclared = programmeFigures(
      projects,
      { categories: [{ category: 'infrastructure', projectCount: 19, investment: 11_600, sharePercent: 87.8 }] },
      ORDER,
    )
    expect(withDeclared.byCategory[0]!.declared).toEqual({ projectCount: 19, investment: 11_600, sharePercent: 87.8 })
  })

  it('sums money without floating-point dust', () => {
    const dusty = programmeFigures(
      [
        { categories: ['health'], investment: 0.1 },
        { categories: ['health'], investment: 0.2 },
      ],
      null,
      ORDER,
    )
    expect(dusty.recorded.aidInvestment).toBe(0.3)
  })
})
