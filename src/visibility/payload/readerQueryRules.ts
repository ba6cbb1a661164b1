import type { CollectionSlug, FlattenedField, PayloadRequest, Where } from 'payload'

import type { PathKind, ReaderQueryRules } from '../readerQuery'

import { HIDDEN_WHEN_UNPUBLISHED } from './readers'

/** Never true: for a collection the reader may not read at all. */
const NOTHING: Where = { id: { exists: false } }

type Access = ReadonlyMap<string, Where | true>

/** What a where or sort path names, found by walking the collection's fields (groups, arrays, named tabs). */
function pathKindIn(fields: FlattenedField[], path: string, access: Access): PathKind {
  // GraphQL writes nested paths with double underscores.
  const segments = path.replace(/__/g, '.').split('.')
  let current = fields
  for (const [index, segment] of segments.entries()) {
    const field = current.find((candidate) => candidate.name === segment)
    if (!field) return { kind: 'other' }
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      current = field.flattenedFields
      continue
    }
    if (field.type === 'richText') return { kind: 'richText' }
    if (field.type !== 'relationship' && field.type !== 'upload') return { kind: 'other' }
    const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
    const rest = segments.slice(index + 1).join('.')
    // A collection the reader may read whole needs no scoping.
    const partlyVisible = targets.filter((target) => access.get(target) !== true)
    if (partlyVisible.length === 0) return { kind: 'other' }
    if (!partlyVisible.some((target) => HIDDEN_WHEN_UNPUBLISHED.has(target))) {
      return rest === '' || rest === 'id' ? { kind: 'other' } : { kind: 'relatedFields' }
    }
    if (Array.isArray(field.relationTo)) return { kind: 'mixedRelation' }
    return {
      kind: 'relation',
      relationPath: segments.slice(0, index + 1).join('.'),
      rest,
      relationTo: field.relationTo as string,
      hasMany: Boolean(field.hasMany),
    }
  }
  return { kind: 'other' }
}

/**
 * The rules for one reader's query: the collections' fields, and what the reader may see of each
 * collection (its read access, asked once per query; none of them reads the database).
 */
export async function readerQueryRules(req: PayloadRequest): Promise<ReaderQueryRules> {
  const access = new Map<string, Where | true>()
  for (const [slug, { config }] of Object.entries(req.payload.collections)) {
    const result = config.access.read ? await config.access.read({ req }) : true
    access.set(slug, result === true ? true : result === false ? NOTHING : result)
  }
  return {
    pathKind: (collection, path) =>
      pathKindIn(req.payload.collections[collection as CollectionSlug]?.config.flattenedFields ?? [], path, access),
    visibleWhere: (collection) => {
      const where = access.get(collection)
      return where === true || where === undefined ? {} : structuredClone(where)
    },
  }
}
