import type { PayloadRequest } from 'payload'

import type { TrashAction } from '../../actions'
import type { EditorialCollection } from '../../editorialCollections'
import type { WorkflowState } from '../../states'

const SYSTEM = '系统 / System'

interface TrashLogEntry {
  collection: EditorialCollection
  id: number | string
  action: TrashAction
  /** The state the document keeps through the step (stateOnRecord). */
  state: WorkflowState
}

/**
 * Records a step of the recycle bin in the review log, in the request's transaction (`req`): the
 * step and its entry are stored together or not at all. Entries are append-only and outlive the
 * document, so the log still says who deleted it, and when, after it is gone.
 */
export async function writeTrashLogEntry(req: PayloadRequest, { collection, id, action, state }: TrashLogEntry) {
  const user = req.user
  return req.payload.create({
    collection: 'reviews',
    req,
    overrideAccess: true, // nobody may write the log over the API; the server records the step
    data: {
      documentCollection: collection,
      documentId: Number(id),
      action,
      from: state,
      to: state,
      actor: user ? Number(user.id) : null,
      actorName: user ? user.name || user.email : SYSTEM,
      versionId: action === 'delete' ? null : await newestVersionId(req, collection, id),
    },
  })
}

/** The version the step left newest (the bin's own snapshot); read raw, trashed versions included. */
async function newestVersionId(req: PayloadRequest, collection: EditorialCollection, id: number | string) {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-createdAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}
