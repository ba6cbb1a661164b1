import type { CollectionAfterChangeHook } from 'payload'

import { revalidateSiteAfterTrashMove } from '@/site/revalidation/revalidateSiteHooks'

import type { EditorialCollection } from '../../editorialCollections'

import { isWorkflowState } from '../../states'
import { stateOnRecord } from '../../trash'
import { isPublished, liveRow } from './liveRow'
import { trashWriteOf } from './trashContext'
import { writeTrashLogEntry } from './writeTrashLogEntry'

/**
 * Completes a move into or out of the trash, in the same transaction as its snapshot version:
 * sets `deletedAt` on the live row (readers, lists, the feed and the sitemap read that row, and
 * Payload leaves it out of every read once it is set), writes the review log entry, and expires
 * the site's cache where readers lose or regain the document. Nothing else of the live row
 * changes, so a published story comes back from the trash exactly as it went in.
 */
export const recordTrashMove: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || !trashWriteOf(req.context)) return doc
  const slug = collection.slug as EditorialCollection
  const move = doc.deletedAt ? 'trash' : 'restore'
  await req.payload.db.updateOne({
    collection: slug,
    id: doc.id,
    data: { deletedAt: doc.deletedAt ?? null },
    req,
    returning: false,
  })
  const row = await liveRow(req, slug, doc.id)
  const newestState = isWorkflowState(previousDoc?.workflowStatus) ? previousDoc.workflowStatus : 'draft'
  await writeTrashLogEntry(req, {
    collection: slug,
    id: doc.id,
    action: move,
    state: stateOnRecord(isPublished(row), newestState),
  })
  if (row) revalidateSiteAfterTrashMove(req, slug, row, move)
  return doc
}
