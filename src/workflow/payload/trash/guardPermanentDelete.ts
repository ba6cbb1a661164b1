import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'

import type { EditorialCollection } from '../../editorialCollections'

import { workflowError } from '../workflowError'
import { liveRow } from './liveRow'

const ADMINS_ONLY =
  '只有管理员可以永久删除。要让稿件下线或丢弃它，请移入回收站。 / Only administrators delete permanently. To take a document away, move it to the trash.'
const FROM_THE_TRASH_ONLY =
  '只能永久删除回收站中的稿件：请先移入回收站，再在回收站中删除（API：DELETE …?trash=true）。 / Only documents in the trash can be deleted permanently: move it to the trash first, then delete it there (API: DELETE …?trash=true).'

/**
 * Permanent deletion, whatever the route (REST by id or in bulk, GraphQL, the Local API with a
 * user), is for administrators, and only of what is in the trash: a destruction is always preceded
 * by a trashing on record, and a slip of "skip trash" cannot destroy a live story. The delete
 * access says the same (trashByStaffDeleteByAdmin); this answers with a message people can act on.
 */
export const guardPermanentDelete: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'delete' || !req.user) return args
  if (!hasRole(req.user, 'admin')) throw workflowError(ADMINS_ONLY, 403)
  if (args.trash !== true) throw workflowError(FROM_THE_TRASH_ONLY, 409)
  // By id (deleteByID) the document is named; in bulk, the where and the access filter decide.
  const id = (args as { id?: number | string }).id
  if (id !== undefined && id !== null) {
    const row = await liveRow(req, collection.slug as EditorialCollection, id)
    if (row && !row.deletedAt) throw workflowError(FROM_THE_TRASH_ONLY, 409)
  }
  return args
}
