/**
 * A reader's where and sort, made to behave as if the documents they may not see did not exist.
 *
 * Payload compares a relationship condition (`relatedProjects in [7]`) with the stored ids, so a
 * reader could learn that a published article relates to unpublished project 7 (and so that 7
 * exists) from whether the article comes back. Here every condition on a relation to a collection
 * with unpublished documents becomes a condition on the related documents the reader may see:
 * `relatedProjects contains (id in [7] and visible)`, Payload's nested form that keeps both parts
 * on the same related document. Conditions that hold for a document *without* some related one
 * (not_in, not_equals, exists=false) cannot be scoped that way: readers get a 400 for them
 * rather than an answer that counts the hidden relations. Sorting on such a relation would order
 * by the hidden documents, so it is refused too, as are conditions on rich text (its JSON names
 * the documents it links to). Pure: the caller describes the collection's fields.
 */
export type Where = Record<string, unknown>

export type PathKind =
  /** A relation to a collection with unpublished documents: the relation's path, and what follows it. */
  | { kind: 'relation'; relationPath: string; rest: string; relationTo: string; hasMany: boolean }
  /** A relation that may point at several collections, one of them with unpublished documents. */
  | { kind: 'mixedRelation' }
  /**
   * A field of a related document the reader sees only some of, by a filter that cannot be
   * attached there (the media's, built on joins): comparing the relation's ids is fine (an image
   * a live document uses is public), looking into the related document is not.
   */
  | { kind: 'relatedFields' }
  | { kind: 'richText' }
  | { kind: 'other' }

export interface ReaderQueryRules {
  /** What a where or sort path of a collection names. */
  pathKind(collection: string, path: string): PathKind
  /** What readers may see of a collection (its read access for them). */
  visibleWhere(collection: string): Where
}

export class ReaderQueryProblem extends Error {}

const bilingual = (zh: string, en: string) => `${zh} / ${en}`

const notScopable = (path: string, operator: string) =>
  new ReaderQueryProblem(
    bilingual(
      `不能对关联字段 ${path} 使用 ${operator} 条件，请改用 equals、in、contains 或 exists=true。`,
      `${path} ${operator} is not available on related documents; use equals, in, contains or exists=true.`,
    ),
  )

const isObject = (value: unknown): value is Where =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

const isTrue = (value: unknown) => value === true || value === 'true'

/** Puts `prefix.` before every path of a where (for a single relation's related document). */
function prefixed(where: Where, prefix: string): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      (key === 'and' || key === 'or') && Array.isArray(value)
        ? [key, value.map((part) => (isObject(part) ? prefixed(part, prefix) : part))]
        : [`${prefix}.${key}`, value],
    ),
  )
}

type Relation = Extract<PathKind, { kind: 'relation' }>

/**
 * "A related document the reader may see matches `inner`" (a where about the related collection,
 * itself scoped: it may name relations of its own).
 */
function onVisibleRelated(relation: Relation, inner: Where, rules: ReaderQueryRules): Where {
  const scoped = scopeWhere(inner, relation.relationTo, rules)
  const visible = rules.visibleWhere(relation.relationTo)
  if (relation.hasMany) return { [relation.relationPath]: { contains: { and: [scoped, visible] } } }
  return { and: [prefixed(scoped, relation.relationPath), prefixed(visible, relation.relationPath)] }
}

/** One operator on a relation's own value (its ids), as conditions on the visible related documents. */
function scopeIdCondition(
  path: string,
  relation: Relation,
  operator: string,
  value: unknown,
  rules: ReaderQueryRules,
): Where {
  const on = (inner: Where) => onVisibleRelated(relation, inner, rules)
  switch (operator) {
    case 'equals':
      return on({ id: { equals: value } })
    case 'in':
      return on({ id: { in: value } })
    case 'contains':
      // A nested where is Payload's own "a related document matches"; a plain value is an id.
      return on(isObject(value) ? value : { id: { equals: value } })
    case 'all':
      // Relates to each of them: each must be one the reader may see.
      return { and: listOf(value).map((id) => on({ id: { equals: id } })) }
    case 'exists':
      if (!isTrue(value)) throw notScopable(path, 'exists=false')
      return on({ id: { exists: true } })
    default:
      throw notScopable(path, operator)
  }
}

function scopeCondition(collection: string, path: string, operators: Where, rules: ReaderQueryRules): Where[] {
  const kind = rules.pathKind(collection, path)
  if (kind.kind === 'other') return [{ [path]: operators }]
  if (kind.kind === 'richText') {
    throw new ReaderQueryProblem(bilingual(`不能按正文 ${path} 筛选。`, `${path} (rich text) cannot be filtered on.`))
  }
  if (kind.kind === 'mixedRelation' || kind.kind === 'relatedFields') {
    throw new ReaderQueryProblem(bilingual(`不能按关联字段 ${path} 筛选。`, `${path} cannot be filtered on.`))
  }
  return Object.entries(operators).map(([operator, value]) =>
    kind.rest === '' || kind.rest === 'id'
      ? scopeIdCondition(path, kind, operator, value, rules)
      : // A field of the related document: any operator, on a visible one.
        onVisibleRelated(kind, { [kind.rest]: { [operator]: value } }, rules),
  )
}

/**
 * A where on `collection` with every relation condition scoped to what the reader may see.
 * Throws ReaderQueryProblem for a condition that cannot be.
 */
export function scopeWhere(where: Where, collection: string, rules: ReaderQueryRules): Where {
  const parts: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      parts.push({ [key]: value.map((part) => (isObject(part) ? scopeWhere(part, collection, rules) : part)) })
    } else if (isObject(value)) {
      parts.push(...scopeCondition(collection, key, value, rules))
    } else {
      parts.push({ [key]: value })
    }
  }
  if (parts.length === 0) return {}
  return parts.length === 1 ? parts[0] : { and: parts }
}

/** Why a reader may not sort this way (by related documents they may not all see, or by rich text), or null. */
export function readerSortProblem(sort: unknown, collection: string, rules: ReaderQueryRules): string | null {
  const entries = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  const refused = entries
    .map((entry) => String(entry).trim().replace(/^-/, ''))
    .filter((path) => path !== '' && rules.pathKind(collection, path).kind !== 'other')
  if (refused.length === 0) return null
  return bilingual(
    `不能按关联内容排序：${refused.join(', ')}。`,
    `Cannot sort by related documents: ${refused.join(', ')}.`,
  )
}
