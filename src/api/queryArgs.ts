/**
 * Checks the paging, population and path arguments of a read that came over the API, before
 * Payload turns them into SQL. Payload ignores unknown sort and select paths, lets a negative page
 * reach PostgreSQL (a 500) and accepts any limit; the API answers such requests with a 400 instead.
 * Pure: the caller supplies the collection's readable top-level fields and their types.
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
  /** Top-level fields a client may sort on, select or filter by, with their field type. */
  fields: ReadonlyMap<string, string>
  maxLimit: number
  maxDepth: number
}

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const bilingual = (zh: string, en: string) => `${zh} / ${en}`

const isWholeNumber = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value)

function pagingProblem({ page, limit, depth }: QueryArgs, rules: QueryRules): string | null {
  if (page !== undefined && (!isWholeNumber(page) || page < 1)) {
    return bilingual('页码必须是不小于 1 的整数。', 'page must be a whole number of 1 or more.')
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

const topField = (path: string) => path.split('.')[0]

/** Fields with fields of their own, whose sub-paths (relatedProjects.name, version.title) exist. */
const NESTING_TYPES = new Set(['relationship', 'upload', 'group', 'array', 'blocks', 'tab', 'join'])

function unknownPaths(paths: string[], rules: QueryRules, allowNested: boolean): string[] {
  return paths.filter((path) => {
    if (path === 'id') return false
    const type = rules.fields.get(topField(path))
    if (type === undefined) return true
    return path.includes('.') && !(allowNested && NESTING_TYPES.has(type))
  })
}

function sortPaths(sort: unknown): string[] {
  const entries = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return entries.map((entry) => String(entry).trim().replace(/^-/, '')).filter(Boolean)
}

/** Every path and operator of a where clause, walking and/or groups. */
function whereConditions(where: unknown): { path: string; operator: string }[] {
  const found: { path: string; operator: string }[] = []
  const pending: unknown[] = [where]
  while (pending.length > 0) {
    const clause = pending.pop()
    if (!clause || typeof clause !== 'object') continue
    for (const [key, value] of Object.entries(clause)) {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) pending.push(...value)
      else if (value && typeof value === 'object') {
        for (const operator of Object.keys(value)) found.push({ path: key, operator })
      }
    }
  }
  return found
}

export function queryArgsProblem(args: QueryArgs, rules: QueryRules): string | null {
  const paging = pagingProblem(args, rules)
  if (paging) return paging

  const badSort = unknownPaths(sortPaths(args.sort), rules, true)
  if (badSort.length > 0) {
    return bilingual(`不能按这些字段排序：${badSort.join(', ')}。`, `Cannot sort by: ${badSort.join(', ')}.`)
  }
  // Payload's select nests objects ({ relatedProjects: { name: true } }); a dotted key is not a path.
  const selected = args.select && typeof args.select === 'object' ? Object.keys(args.select) : []
  const badSelect = unknownPaths(selected, rules, false)
  if (badSelect.length > 0) {
    return bilingual(`不能选择这些字段：${badSelect.join(', ')}。`, `Cannot select: ${badSelect.join(', ')}.`)
  }
  const geo = whereConditions(args.where).filter(
    ({ path, operator }) => GEO_OPERATORS.has(operator) && rules.fields.get(topField(path)) !== 'point',
  )
  if (geo.length > 0) {
    const list = geo.map(({ path, operator }) => `${path} ${operator}`).join(', ')
    return bilingual(`这些条件只适用于地理坐标字段：${list}。`, `These operators apply to point fields only: ${list}.`)
  }
  return null
}
