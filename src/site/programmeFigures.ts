/**
 * The programme's figures as readers see them on the projects page: what the column declares (the
 * `column` global) beside what the published project records add up to. Both are shown, because
 * the records are the projects the column has written about, not the whole programme.
 */
export interface ProjectFigures {
  categories: string[]
  investment?: number | null
  fundingType?: string | null
  year?: number | null
}

export interface DeclaredFigures {
  projectCount?: number | null
  investment?: number | null
  categories?:
    | { category: string; projectCount?: number | null; investment?: number | null; sharePercent?: number | null }[]
    | null
}

export interface CategoryFigures {
  category: string
  projectCount: number
  /** 万元, aid funds only */
  investment: number
  /** How many of the category's aid-funded projects state their investment; 0 means the total is unknown, not zero. */
  withInvestment: number
  /** Of the records' aid investment; a project may count in several categories, so shares can add up to more than 1. */
  share: number
  declared?: { projectCount: number | null; investment: number | null; sharePercent: number | null }
}

export interface ProgrammeFigures {
  recorded: {
    projectCount: number
    /** Projects with a known investment. */
    withInvestment: number
    /** 万元 of aid funds. */
    aidInvestment: number
    /** 万元 brought in from outside investors; reported apart, it is not aid money. */
    attractedInvestment: number
  }
  declared: { projectCount: number | null; investment: number | null }
  byCategory: CategoryFigures[]
  /** Aid investment by the project's year, oldest first; projects without a year are left out. */
  byYear: { year: number; projectCount: number; investment: number }[]
}

const isAidFunds = (project: ProjectFigures) => project.fundingType !== 'attracted_investment'
const amountOf = (project: ProjectFigures) => project.investment ?? 0
const hasInvestment = (project: ProjectFigures) => typeof project.investment === 'number'

export function programmeFigures(
  projects: readonly ProjectFigures[],
  declared: DeclaredFigures | null | undefined,
  categoryOrder: readonly string[],
): ProgrammeFigures {
  const aid = projects.filter(isAidFunds)
  const aidInvestment = sum(aid.map(amountOf))

  const declaredByCategory = new Map((declared?.categories ?? []).map((entry) => [entry.category, entry]))
  const byCategory = categoryOrder
    .map((category): CategoryFigures => {
      const inCategory = projects.filter((project) => project.categories.includes(category))
      const aidInCategory = inCategory.filter(isAidFunds)
      const investment = sum(aidInCategory.map(amountOf))
      const stated = declaredByCategory.get(category)
      return {
        category,
        projectCount: inCategory.length,
        investment,
        withInvestment: aidInCategory.filter(hasInvestment).length,
        share: aidInvestment > 0 ? investment / aidInvestment : 0,
        ...(stated && {
          declared: {
            projectCount: stated.projectCount ?? null,
            investment: stated.investment ?? null,
            sharePercent: stated.sharePercent ?? null,
          },
        }),
      }
    })
    .filter((entry) => entry.projectCount > 0 || entry.declared)

  const years = new Map<number, { projectCount: number; investment: number }>()
  for (const project of aid) {
    if (typeof project.year !== 'number') continue
    const entry = years.get(project.year) ?? { projectCount: 0, investment: 0 }
    entry.projectCount += 1
    entry.investment += amountOf(project)
    years.set(project.year, entry)
  }

  return {
    recorded: {
      projectCount: projects.length,
      withInvestment: projects.filter(hasInvestment).length,
      aidInvestment,
      attractedInvestment: sum(projects.filter((project) => !isAidFunds(project)).map(amountOf)),
    },
    declared: { projectCount: declared?.projectCount ?? null, investment: declared?.investment ?? null },
    byCategory,
    byYear: [...years].sort(([a], [b]) => a - b).map(([year, entry]) => ({ year, ...entry })),
  }
}

// Sums money in 万元 to two decimals, so 0.1 + 0.2 shows as 0.3.
const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100
