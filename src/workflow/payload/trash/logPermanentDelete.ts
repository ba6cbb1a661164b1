import type { CollectionAfterDeleteHook } from 'payload'

import type { EditorialCollection } from '../../editorialCollections'

import { isWorkflowState } from '../../states'
import { stateOnRecord } from '../../trash'
import { isPublished } from './liveRow'
import { writeTrashLogEntry } from './writeTrashLogEntry'

/** Records a permanent deletion in the review log, in the deletion's transaction. */
export const logPermanentDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  const state = isWorkflowState(doc?.workflowStatus) ? doc.workflowStatus : 'draft'
  await writeTrashLogEntry(req, {
    collection: collection.slug as EditorialCollection,
    id,
    action: 'delete',
    state: stateOnRecord(isPublished(doc), state),
  })
  return doc
}
