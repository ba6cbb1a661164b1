/**
 * The projects page filters through its URL (`/projects?category=education&year=2021`), so a
 * filtered view can be linked and cached. Values that are not a valid choice match nothing, which
 * the page shows as an empty result with a way back, rather than silently showing everything.
 */
export const PROJECT_FILTER_KEYS = ['category', 'township', 'year', 'status'] as const
export type ProjectFilterKey = (typeof PROJECT_FILTER_KEYS)[number]
export type ProjectFilter = Partial<Record<ProjectFilterKey, string>>

export interface FilterableProject {
  categories: string[]
  township?: string[] | null
  year?: number | null
  status?: string | null
}

type SearchParams = Record<string, string | string[] | undefined>

/** Longer values cannot be a category, township, year or status; they are cut, then match nothing. */
const MAX_VALUE_LENGTH = 40

export function parseProjectFilter(params: SearchParams): ProjectFilter {
  const filter: ProjectFilter = {}
  for (const key of PROJECT_FILTER_KEYS) {
    const raw = params[key]
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, MAX_VALUE_LENGTH)
    if (value) filter[key] = value
  }
  return filter
}

export function matchesProjectFilter(project: FilterableProject, filter: ProjectFilter): boolean {
  if (filter.category && !project.categories.includes(filter.category)) return false
  if (filter.township && !(project.township ?? []).includes(filter.township)) return false
  if (filter.year && String(project.year ?? '') !== filter.year) return false
  if (filter.status && project.status !== filter.status) return false
  return true
}

/** The URL of the projects page with one filter changed (`undefined` removes it). */
export function projectFilterHref(filter: ProjectFilter, key: ProjectFilterKey, value: string | undefined): string {
  const next = new URLSearchParams()
  for (const k of PROJECT_FILTER_KEYS) {
    const v = k === key ? value : filter[k]
    if (v) next.set(k, v)
  }
  const query = next.toString()
  return query ? `/projects?${query}` : '/projects'
}

export const isFiltered = (filter: ProjectFilter) => PROJECT_FILTER_KEYS.some((key) => filter[key])
