import { buildVersionCollectionFields, type CollectionBeforeOperationHook, type SanitizedConfig } from 'payload'

import { publicError } from '@/errors/publicError'

import { CollectionQueryFields } from './collectionQueryFields'
import { documentIdProblem } from './documentId'
import { queryArgsProblem, type QueryArgs } from './queryArgs'

/** The most documents one API read may ask for: the admin asks for at most 100, the site's tests 200. */
export const MAX_API_LIMIT = 500

const fieldTrees = new WeakMap<SanitizedConfig, CollectionQueryFields>()

/** The fields each collection's queries may name, read once from the sanitized config. */
export function queryFieldsOf(config: SanitizedConfig, defaultIDType: 'number' | 'text'): CollectionQueryFields {
  let tree = fieldTrees.get(config)
  if (!tree) {
    tree = new CollectionQueryFields(
      config.collections.map((collection) => ({
        ...collection,
        versionFields: collection.versions ? buildVersionCollectionFields(config, collection, true) : undefined,
      })),
      defaultIDType,
    )
    fieldTrees.set(config, tree)
  }
  return tree
}

/**
 * Refuses API operations whose arguments Payload would turn into a 500 or a silent surprise: an
 * id that cannot name a document, paging, depth, sort, select and where (every operator checked
 * against its field's type). Runs for every operation of every collection (withQueryGuard.ts), on
 * REST and GraphQL alike. The server's own calls (the Local API, or overrideAccess) are trusted.
 */
export const guardQueryArgs: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (req.payloadAPI === 'local' || overrideAccess === true || operation === 'create') return args
  const tree = queryFieldsOf(req.payload.config, req.payload.db.defaultIDType === 'number' ? 'number' : 'text')
  // Payload reads the id in a REST path with parseFloat ("1' OR '1'='1" is 1, "1e3" is 1000):
  // the segment as the client sent it is what is checked.
  const routeId = req.routeParams?.id
  const id = typeof routeId === 'string' ? routeId : (args as { id?: unknown }).id
  if (id !== undefined) {
    const problem = documentIdProblem(id, tree.idTypeOf(collection.slug))
    if (problem) throw publicError(problem, 400, 'QueryArgumentError')
  }
  const rules = { fields: tree.of(collection.slug), maxLimit: MAX_API_LIMIT, maxDepth: req.payload.config.maxDepth }
  const { page, limit, depth, sort, select, where } = args as QueryArgs
  const problem = queryArgsProblem({ page, limit, depth, sort, select, where }, rules)
  if (problem) throw publicError(problem, 400, 'QueryArgumentError')
  return args
}
