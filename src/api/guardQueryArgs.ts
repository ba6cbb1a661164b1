import type { CollectionBeforeOperationHook, SanitizedCollectionConfig } from 'payload'

import { publicError } from '@/errors/publicError'

import { queryArgsProblem, type QueryArgs } from './queryArgs'

/** The most documents one API read may ask for: the admin asks for at most 100, the site's tests 200. */
export const MAX_API_LIMIT = 500

/** What a version read may name besides the document's own fields (Payload's hook cannot tell the two reads apart). */
const VERSION_FIELDS: [string, string][] = [
  ['version', 'group'],
  ['parent', 'relationship'],
  ['latest', 'checkbox'],
  ['autosave', 'checkbox'],
  ['snapshot', 'checkbox'],
]

const readableFields = (collection: SanitizedCollectionConfig) =>
  new Map([
    ...collection.flattenedFields
      .filter((field) => !('hidden' in field && field.hidden === true))
      .map((field): [string, string] => [field.name, field.type]),
    ...(collection.versions ? VERSION_FIELDS : []),
  ])

/**
 * Refuses reads over REST or GraphQL whose paging, depth, sort, select or where Payload would
 * turn into a 500 or a silent surprise. The server's own reads (the Local API) are trusted.
 */
export const guardQueryArgs: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  // Payload calls this hook with 'read' for find, findByID and both version reads.
  if (operation !== 'read') return args
  const rules = { fields: readableFields(collection), maxLimit: MAX_API_LIMIT, maxDepth: req.payload.config.maxDepth }
  const { page, limit, depth, sort, select, where } = args as QueryArgs
  const problem = queryArgsProblem({ page, limit, depth, sort, select, where }, rules)
  if (problem) throw publicError(problem, 400, 'QueryArgumentError')
  return args
}
