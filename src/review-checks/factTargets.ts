/**
 * Everything a figure in the article can be about — each project record, the honours, and the
 * programme figures the column global declares — with the words that name it in running text.
 *
 * Articles rarely repeat a record's full name: they write "县中学多媒体教学楼" for the record
 * "县中学多媒体教学楼", but also "小学运动场" for "农区乡镇小学运动场" or a village for the
 * project built there. So a target has several keys, each with a weight saying how surely it
 * names this target: the full name most, a distinctive fragment less, a village (one project per
 * village, usually) less, a township (several projects) least.
 */
import { PROJECT_CATEGORIES } from '@/vocabulary'

import type { ColumnFacts, FindingRecord, ProjectRecord } from './types'

export type TargetKind = 'project' | 'total' | 'category' | 'batch' | 'plan' | 'workGroup'

export interface TargetKey {
  text: string
  weight: number
}

export interface FactTarget {
  kind: TargetKind
  record: FindingRecord
  keys: TargetKey[]
  /** 万元; null = the record has no figure. */
  investment: number | null
  /** What a count about this target must equal, in which measure words. */
  count: { value: number | null; units: readonly string[] } | null
  sharePercent: number | null
  /** Batches: the years that must be named in the same sentence. */
  years: readonly number[]
}

export const WEIGHT = { name: 10, fragment: 8, shortFragment: 6, village: 6, township: 3, year: 4 } as const

/** The article abbreviates some category labels. */
const CATEGORY_ALIASES: Readonly<Record<string, readonly string[]>> = { 基础设施类: ['基建类'] }

const PROJECT_COUNT_UNITS = ['个', '项'] as const

/** Split points inside a compound name ("A和B", "A与B", "“A”B"). */
const NAME_JOINTS = /以及|[和与及、·—\-“”‘’《》「」\s]/u
/** Generic words that do not identify a project on their own. */
const GENERIC = new Set(['服务中心', '服务站', '基础设施', '项目建设', '建设项目', '示范项目', '产业发展', '交流培训'])
const GENERIC_PREFIX = /^(?:昂仁县|农区乡镇|乡镇|县|\p{Script=Han}{2}[乡镇](?![乡镇村]))/u
const GENERIC_SUFFIX = /(?:项目|工程|建设)$/u

/** A record name without quotation marks and a trailing 项目/工程. */
export const normaliseName = (name: string): string =>
  name
    .replace(/[“”‘’《》「」]/gu, '')
    .replace(GENERIC_SUFFIX, '')
    .trim()

function nameKeys(name: string): TargetKey[] {
  const keys = new Map<string, number>()
  const add = (text: string, weight: number) => {
    const t = text.trim()
    if ([...t].length < 4 || GENERIC.has(t)) return
    if ((keys.get(t) ?? 0) < weight) keys.set(t, weight)
  }
  add(name, WEIGHT.name)
  add(normaliseName(name), WEIGHT.name)
  for (const piece of name.split(NAME_JOINTS)) {
    const trimmed = piece.replace(GENERIC_SUFFIX, '')
    add(trimmed, WEIGHT.fragment)
    const bare = trimmed.replace(GENERIC_PREFIX, '')
    if (bare !== trimmed) add(bare, WEIGHT.shortFragment)
  }
  return [...keys].map(([text, weight]) => ({ text, weight }))
}

/** '基础设施类' for 'infrastructure'; a Chinese label passes through. */
export function categoryLabel(category: string): string {
  const term = (PROJECT_CATEGORIES as Record<string, { zh: string } | undefined>)[category]
  return term?.zh ?? category
}

function categoryKeys(category: string, weight: number): TargetKey[] {
  const label = categoryLabel(category)
  return [label, ...(CATEGORY_ALIASES[label] ?? [])].map((text) => ({ text, weight }))
}

/** '2021–2022' → [2021, 2022]; '2019, 2021' → [2019, 2021]. */
export function yearsOf(text: string | null | undefined): number[] {
  if (!text) return []
  const years: number[] = []
  for (const m of text.matchAll(/(\d{4})(?:\s*[–—~～-]\s*(\d{4}))?/gu)) {
    const from = Number(m[1])
    const to = m[2] === undefined ? from : Number(m[2])
    for (let y = from; y <= to && y - from < 20; y++) years.push(y)
  }
  return years
}

const projectTarget = (p: ProjectRecord): FactTarget => ({
  kind: 'project',
  record: { collection: 'projects', id: p.id, name: p.name },
  keys: [
    ...nameKeys(p.name),
    ...(p.village ?? []).map((text) => ({ text, weight: WEIGHT.village })),
    ...(p.township ?? []).map((text) => ({ text, weight: WEIGHT.township })),
  ],
  investment: p.investment ?? null,
  count: p.quantityUnit ? { value: p.quantity ?? null, units: [p.quantityUnit] } : null,
  sharePercent: null,
  years: [],
})

function columnTargets(column: ColumnFacts): FactTarget[] {
  const declared = column.declared ?? {}
  const targets: FactTarget[] = []
  const base = { sharePercent: null, years: [] as number[] }
  if (declared.projectCount != null || declared.investment != null) {
    targets.push({
      ...base,
      kind: 'total',
      record: { collection: 'column', name: '对口支援项目总数与总投资' },
      keys: [
        { text: '对口支援项目', weight: WEIGHT.fragment },
        { text: '援藏项目', weight: WEIGHT.township },
      ],
      investment: declared.investment ?? null,
      count: { value: declared.projectCount ?? null, units: PROJECT_COUNT_UNITS },
    })
  }
  for (const c of declared.categories ?? []) {
    targets.push({
      ...base,
      kind: 'category',
      record: { collection: 'column', name: `${categoryLabel(c.category)}项目` },
      keys: categoryKeys(c.category, WEIGHT.fragment),
      investment: c.investment ?? null,
      count: { value: c.projectCount ?? null, units: PROJECT_COUNT_UNITS },
      sharePercent: c.sharePercent ?? null,
    })
  }
  for (const b of declared.batches ?? []) {
    const years = yearsOf(b.years ?? b.label)
    targets.push({
      ...base,
      kind: 'batch',
      record: { collection: 'column', name: b.label },
      keys: [
        { text: b.label, weight: WEIGHT.name },
        ...(b.category ? categoryKeys(b.category, WEIGHT.shortFragment) : []),
      ],
      investment: b.investment ?? null,
      count: { value: b.projectCount ?? null, units: PROJECT_COUNT_UNITS },
      years,
    })
  }
  for (const plan of declared.plans ?? []) {
    targets.push({
      ...base,
      kind: 'plan',
      record: { collection: 'column', name: plan.label },
      keys: nameKeys(plan.label),
      investment: plan.investment ?? null,
      count: null,
    })
  }
  if (column.workGroupSize != null) {
    targets.push({
      ...base,
      kind: 'workGroup',
      record: { collection: 'column', name: '援藏工作组人数' },
      keys: ['援藏党员干部', '援藏干部', '工作组成员'].map((text) => ({ text, weight: WEIGHT.fragment })),
      investment: null,
      count: { value: column.workGroupSize, units: ['名', '人'] },
    })
  }
  return targets
}

export function buildTargets(projects: readonly ProjectRecord[], column: ColumnFacts): FactTarget[] {
  return [...projects.map(projectTarget), ...columnTargets(column)]
}
