import type { CollectionBeforeChangeHook } from 'payload'

import type { EditorialCollection } from '../../editorialCollections'

import { isWorkflowState } from '../../states'
import { decideTrashMove } from '../../trash'
import { contentChanged } from '../contentChanged'
import { workflowError } from '../workflowError'
import { everPublished } from './everPublished'
import { isPublished, liveRow } from './liveRow'
import { trashWriteOf } from './trashContext'

const ALREADY_IN_TRASH = '这篇稿件已在回收站中。 / This document is already in the trash.'
const NOT_IN_TRASH =
  '这篇稿件不在回收站中，无需恢复。 / This document is not in the trash: there is nothing to restore.'
const ONLY_THE_MOVE =
  '移入回收站或恢复时不能同时修改内容：请先保存修改，再移入回收站（或先恢复，再修改）。 / Moving to or from the trash cannot change anything else: save your changes first, then move it (or restore it first, then edit).'
const READ_ONLY_IN_TRASH =
  '这篇稿件在回收站中，不能修改：请先恢复。 / This document is in the trash and cannot be changed: restore it first.'
const NOT_CREATED_IN_TRASH = '新建的稿件不能直接放入回收站。 / A new document cannot be created in the trash.'

/**
 * The gate of the recycle bin, under every route (REST, bulk, GraphQL, the Local API with a user).
 * A move must change the trash and nothing else, and the user must be allowed it (decideTrashMove,
 * on the live row: whether readers see the document decides who may). The time stamped is the
 * server's. Outside a move, a trashed document is read-only and `deletedAt` cannot be written:
 * not by creating a document, nor by restoring an old version that was taken while it was trashed.
 * Writes without a user are the server's own and pass.
 */
export const guardTrashMoves: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = req.user
  if (operation === 'create') {
    if (user && data.deletedAt) throw workflowError(NOT_CREATED_IN_TRASH, 400)
    return data
  }
  const write = trashWriteOf(req.context)
  if (!write) {
    if (user && originalDoc?.deletedAt) throw workflowError(READ_ONLY_IN_TRASH, 409)
    // Only a restored version can bring a trash mark here (the document itself is out of the trash).
    return data.deletedAt ? { ...data, deletedAt: null } : data
  }

  const slug = collection.slug as EditorialCollection
  const row = await liveRow(req, slug, originalDoc.id)
  const intoTrash = data.deletedAt != null
  if (row && intoTrash === Boolean(row.deletedAt)) {
    throw workflowError(intoTrash ? ALREADY_IN_TRASH : NOT_IN_TRASH, 409)
  }
  const { deletedAt: _deletedAt, ...rest } = data
  if (contentChanged(rest, originalDoc)) throw workflowError(ONLY_THE_MOVE, 400)

  if (user) {
    const decision = decideTrashMove({
      move: intoTrash ? 'trash' : 'restore',
      roles: user.roles,
      state: isWorkflowState(originalDoc.workflowStatus) ? originalDoc.workflowStatus : 'draft',
      live: isPublished(row),
      everPublished: await everPublished(req, slug, originalDoc.id),
      requestedStatus: write.requestedStatus,
    })
    if (!decision.ok) throw workflowError(decision.message, decision.status)
  }
  return { ...data, deletedAt: intoTrash ? new Date().toISOString() : null }
}
