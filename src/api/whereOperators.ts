import type { QueryField } from './queryFields'

/**
 * Which where operators each field type takes. Payload offers every operator on every path and
 * leaves the database to fail: `like` on a date, an enum or rich text, `contains` on a number,
 * `all` anywhere (the Postgres adapter has no `all`) are 500s. This table is ours, written after
 * reading Payload's own lists (the admin's filter builder in @payloadcms/ui, the GraphQL where
 * types in @payloadcms/graphql) and the Postgres adapter's operator map; the fields it applies to
 * come from the collection configs, so a new field is covered by its type. Pure.
 */
const CHOICE = ['equals', 'not_equals', 'in', 'not_in', 'exists'] as const
const TEXT = [...CHOICE, 'like', 'not_like', 'contains'] as const
const ORDERED = [...CHOICE, 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'] as const

const BY_TYPE: Record<string, readonly string[]> = {
  text: TEXT,
  textarea: TEXT,
  email: TEXT,
  code: TEXT,
  number: ORDERED,
  date: ORDERED,
  checkbox: ['equals', 'not_equals', 'exists'],
  select: CHOICE,
  radio: CHOICE,
  relationship: CHOICE,
  upload: CHOICE,
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
  json: ['exists'],
  richText: ['exists'],
}

/** Values of a hasMany field are rows of their own; Payload's adapter reads `contains` as "one row equals". */
const ROW_TYPES = new Set(['select', 'relationship', 'upload', 'number'])

/** The operators a field takes; none for a group, array or blocks field itself (name one of its fields). */
export function operatorsFor(field: QueryField): readonly string[] {
  if (field.operators) return field.operators
  if (field.type === 'id') return field.idType === 'text' ? TEXT : ORDERED
  const operators = BY_TYPE[field.type] ?? []
  return field.hasMany && ROW_TYPES.has(field.type) ? [...operators, 'contains'] : operators
}

/** Operators whose value is a list (or a comma-separated string). */
export const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
