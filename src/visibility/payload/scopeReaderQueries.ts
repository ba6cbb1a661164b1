import type { CollectionBeforeOperationHook, Where } from 'payload'

import { publicError } from '@/errors/publicError'

import { readerSortProblem, ReaderQueryProblem, scopeWhere } from '../readerQuery'
import { readsForReader } from './readers'
import { readerQueryRules } from './readerQueryRules'

/** Payload's operations that take a reader's where: find and findByID ('read'), count, distinct values. */
const QUERIES = new Set(['read', 'count', 'readDistinct'])

/**
 * A reader's where and sort on relations to unpublished documents behave as if those did not
 * exist (readerQuery.ts); what cannot is a 400 that says why, before anything is read.
 */
export const scopeReaderQueries: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!QUERIES.has(operation)) return args
  const { where, sort, overrideAccess } = args as { where?: Where; sort?: unknown; overrideAccess?: boolean }
  if (!readsForReader(req, overrideAccess) || (!where && !sort)) return args
  const rules = await readerQueryRules(req)
  try {
    const sortProblem = readerSortProblem(sort, collection.slug, rules)
    if (sortProblem) throw new ReaderQueryProblem(sortProblem)
    return where ? { ...args, where: scopeWhere(where, collection.slug, rules) as Where } : args
  } catch (error) {
    if (error instanceof ReaderQueryProblem) throw publicError(error.message, 400, 'QueryArgumentError')
    throw error
  }
}
