import { bilingualMessage } from '@/errors/bilingualMessage'

import { resolvePath, type QueryField, type QueryFields } from './queryFields'
import { whereProblem } from './whereClause'

/**
 * Checks the paging, population and path arguments of a read that came over the API, before
 * Payload turns them into SQL. Payload ignores unknown sort and select paths, lets a negative page
 * reach PostgreSQL (a 500), accepts any limit and any operator on any field; the API answers such
 * requests with a 400 instead. Pure: the caller supplies the collection's readable fields.
 */
export interface QueryArgs {
  page?: unknown
  limit?: unknown
  depth?: unknown
  sort?: unknown
  select?: unknown
  where?: unknown
}

export interface QueryRules {
  /** Fields a client may sort on, select or filter by (collectionQueryFields.ts). */
  fields: QueryFields
  maxLimit: number
  maxDepth: number
}

const bilingual = bilingualMessage

/** 500 million documents at the largest page size: beyond any list, short of overflowing the SQL offset. */
export const MAX_PAGE = 1_000_000

const isWholeNumber = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value)

function pagingProblem({ page, limit, depth }: QueryArgs, rules: QueryRules): string | null {
  if (page !== undefined && (!isWholeNumber(page) || page < 1 || page > MAX_PAGE)) {
    return bilingual(`页码必须是 1 到 ${MAX_PAGE} 之间的整数。`, `page must be a whole number from 1 to ${MAX_PAGE}.`)
  }
  if (limit !== undefined && (!isWholeNumber(limit) || limit < 1 || limit > rules.maxLimit)) {
    return bilingual(
      `每页条数必须在 1 到 ${rules.maxLimit} 之间。`,
      `limit must be between 1 and ${rules.maxLimit}; page through larger result sets.`,
    )
  }
  if (depth !== undefined && (!isWholeNumber(depth) || depth < 0 || depth > rules.maxDepth)) {
    return bilingual(
      `关联展开深度必须在 0 到 ${rules.maxDepth} 之间。`,
      `depth must be between 0 and ${rules.maxDepth}.`,
    )
  }
  return null
}

/** Fields whose values have no order of their own: sorting by them fails in PostgreSQL or means nothing. */
const UNSORTABLE_TYPES = new Set(['array', 'blocks', 'group', 'tab', 'richText', 'json', 'join', 'point'])

/**
 * Payload sorts documents by a field of their array (or blocks) rows by the rows' min or max, and
 * PostgreSQL has neither for booleans: `sort=stages.release` on the workflows would be a 500.
 */
const ROWS_TYPES = new Set(['array', 'blocks'])

/** Whether the path reaches a checkbox through an array's or blocks' rows. */
function checkboxInRows(fields: QueryFields, path: string): boolean {
  let level: QueryFields | undefined = fields
  let throughRows = false
  for (const segment of path.replace(/__/g, '.').split('.')) {
    const field: QueryField | undefined = level?.get(segment)
    if (!field) return false
    if (field.type === 'checkbox') return throughRows
    if (ROWS_TYPES.has(field.type)) throughRows = true
    level = field.children?.()
  }
  return false
}

/** Sort paths that name no readable field, or one that cannot be sorted by (relatedProjects.name is fine). */
function badSortPaths(paths: string[], fields: QueryFields): string[] {
  return paths.filter((path) => {
    const field = resolvePath(fields, path)
    return !field || UNSORTABLE_TYPES.has(field.type) || checkboxInRows(fields, path)
  })
}

function sortPaths(sort: unknown): string[] {
  const entries = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return entries.map((entry) => String(entry).trim().replace(/^-/, '')).filter(Boolean)
}

export function queryArgsProblem(args: QueryArgs, rules: QueryRules): string | null {
  const paging = pagingProblem(args, rules)
  if (paging) return paging

  const badSort = badSortPaths(sortPaths(args.sort), rules.fields)
  if (badSort.length > 0) {
    return bilingual(`不能按这些字段排序：${badSort.join(', ')}。`, `Cannot sort by: ${badSort.join(', ')}.`)
  }
  // Payload's select nests objects ({ relatedProjects: { name: true } }); a dotted key is not a path.
  const selected = args.select && typeof args.select === 'object' ? Object.keys(args.select) : []
  const badSelect = selected.filter((key) => !rules.fields.has(key))
  if (badSelect.length > 0) {
    return bilingual(`不能选择这些字段：${badSelect.join(', ')}。`, `Cannot select: ${badSelect.join(', ')}.`)
  }
  return whereProblem(args.where, rules.fields)
}
