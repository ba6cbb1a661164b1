import type { CollectionSlug, PayloadRequest } from 'payload'

import { referenceOf } from '../lockOwnership'

/**
 * Whether the person behind `req` may see the document a lock points at. Payload checks only that
 * the id looks valid, so without this an editor could lock, say, an administrator's account record,
 * which the editor cannot even open. A global lock (no document) is always visible.
 */
export async function lockTargetVisible(req: PayloadRequest, document: unknown): Promise<boolean> {
  if (document === undefined || document === null) return true
  const target = referenceOf(document)
  if (!target?.collection || !req.payload.collections[target.collection as CollectionSlug]) return false
  const { totalDocs } = await req.payload.count({
    collection: target.collection as CollectionSlug,
    where: { id: { equals: target.id } },
    overrideAccess: false,
    req,
  })
  return totalDocs > 0
}
