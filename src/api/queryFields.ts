/**
 * The fields a query may name, as a tree: what each field is (its Payload type, options, the ids it
 * holds) and what lies below it on a dotted path (a group's or array's fields, a relation's target
 * collection, a version's document). Built from the collection configs (collectionQueryFields.ts),
 * read by the where, sort and select checks. Pure.
 */
export interface QueryField {
  /** Payload's field type, or 'id' for a document's id. */
  type: string
  hasMany?: boolean
  /** The values a select or radio field takes. */
  options?: readonly string[]
  /** For ids, relationships and uploads: whether the ids are numbers or text. */
  idType?: 'number' | 'text'
  /** A relationship to more than one collection, filtered as `{ relationTo, value }`. */
  polymorphic?: boolean
  /** The operators this field takes when they are not its type's (whereOperators.ts). */
  operators?: readonly string[]
  /** What a dotted path reaches below this field; a function, since relations can lead in circles. */
  children?: () => QueryFields
}

export type QueryFields = ReadonlyMap<string, QueryField>

/** The field a path names (`bylines.name`, `relatedProjects.title`, GraphQL's `bylines__name`), if any. */
export function resolvePath(fields: QueryFields, path: string): QueryField | undefined {
  let level: QueryFields | undefined = fields
  let field: QueryField | undefined
  for (const segment of path.replace(/__/g, '.').split('.')) {
    field = level?.get(segment)
    if (!field) return undefined
    level = field.children?.()
  }
  return field
}
