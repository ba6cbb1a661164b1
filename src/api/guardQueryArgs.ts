import type { CollectionBeforeOperationHook, SanitizedCollectionConfig } from 'payload'

import { publicError } from '@/errors/publicError'

import { queryArgsProblem, type QueryArgs } from './queryArgs'

/** The most documents one API read may ask for: the admin asks for at most 100, the site's tests 200. */
export const MAX_API_LIMIT = 500

const readableFields = (collection: SanitizedCollectionConfig) =>
  new Map(
    collection.flattenedFields
      .filter((field) => !('hidden' in field && field.hidden === true))
      .map((field) => [field.name, field.type]),
  )

/**
 * Refuses reads over REST or GraphQL whose paging, depth, sort, select or where Payload would
 * turn into a 500 or a silent surprise. The server's own reads (the Local API) are trusted.
 */
export const guardQueryArgs: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation !== 'read' && operation !== 'findVersions') return args
  const rules = { fields: readableFields(collection), maxLimit: MAX_API_LIMIT, maxDepth: req.payload.config.maxDepth }
  // find and findVersions carry paging and paths; findByID only depth and select.
  const { page, limit, depth, sort, select, where } = args as QueryArgs
  // Version paths (version.title, parent, latest…) are checked by Payload itself.
  const checked = operation === 'read' ? { page, limit, depth, sort, select, where } : { page, limit, depth }
  const problem = queryArgsProblem(checked, rules)
  if (problem) throw publicError(problem, 400, 'QueryArgumentError')
  return args
}
