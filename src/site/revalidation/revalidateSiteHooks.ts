import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { siteTagsForChange } from '../cacheTags'
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

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  revalidateSite(req, siteTagsForChange({ collection: collection.slug, doc }))
  return doc
}

export const revalidateSiteAfterGlobalChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  revalidateSite(req, siteTagsForChange({ collection: global.slug, doc }))
  return doc
}
