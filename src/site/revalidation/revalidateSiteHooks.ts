import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { siteTagsForChange, type DocumentChange } from '../cacheTags'
import { expireSiteTags, insideNextServer } from './expireSiteTags'

const PENDING = 'pendingSiteTags'

/**
 * Readers must see a publish, a take-down or an edit to something live at once. Writes made over
 * the API run inside a Next request, where the tags are expired when the request finishes (after
 * the transaction is committed). Writes made by the server itself (the scheduler) collect their
 * tags on the request for the caller to send once it has committed (takePendingSiteTags).
 */
function revalidateSite(req: PayloadRequest, tags: string[]): void {
  if (tags.length === 0 || !insideNextServer()) return
  if (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') {
    expireSiteTags(tags)
    return
  }
  req.context[PENDING] = [...((req.context[PENDING] as string[] | undefined) ?? []), ...tags]
}

export function takePendingSiteTags(req: PayloadRequest): string[] {
  const tags = (req.context[PENDING] as string[] | undefined) ?? []
  req.context[PENDING] = []
  return tags
}

export const revalidateSiteAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  revalidateSite(
    req,
    siteTagsForChange({
      collection: collection.slug,
      doc,
      previousDoc,
      savedAsDraft: req.context.savingDraft === true,
    }),
  )
  return doc
}

/**
 * A move into or out of the trash saves a draft version only, so the change hook above sees no
 * difference for readers; the bin's own hook calls this with the document's live row instead.
 */
export function revalidateSiteAfterTrashMove(
  req: PayloadRequest,
  collection: string,
  liveRow: DocumentChange['doc'],
  trashMove: NonNullable<DocumentChange['trashMove']>,
): void {
  revalidateSite(req, siteTagsForChange({ collection, doc: liveRow, trashMove }))
}

/** A step that changed the live row itself (taking a document down): the tags of what readers saw. */
export function revalidateSiteAfterLiveRowChange(
  req: PayloadRequest,
  collection: string,
  liveRow: DocumentChange['doc'],
  previousLiveRow: DocumentChange['doc'],
): void {
  revalidateSite(req, siteTagsForChange({ collection, doc: liveRow, previousDoc: previousLiveRow }))
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  revalidateSite(req, siteTagsForChange({ collection: collection.slug, doc }))
  return doc
}

export const revalidateSiteAfterGlobalChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  revalidateSite(req, siteTagsForChange({ collection: global.slug, doc }))
  return doc
}
