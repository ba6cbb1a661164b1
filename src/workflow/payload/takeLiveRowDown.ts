import type { PayloadRequest } from 'payload'

import { refreshMediaUseOf } from '@/collections/Media/liveUse/refreshMediaUse'
import { revalidateSiteAfterLiveRowChange } from '@/site/revalidation/revalidateSiteHooks'

import type { EditorialCollection } from '../editorialCollections'

/**
 * Taking a document down changes one thing on its live row: it is no longer published. Saving the
 * step through Payload's update with `draft: false` would instead write the newest version (a
 * pending edit nobody approved) onto the live row, and, comparing with that edit rather than with
 * what readers saw, expire no cached page: the story stayed on the site. So the step is recorded
 * as a draft version like every other, and the live row is changed here, in the same transaction.
 */
export async function takeLiveRowDown(req: PayloadRequest, collection: EditorialCollection, id: number | string) {
  const live = await req.payload.db.findOne<Record<string, unknown> & { id: number }>({
    collection,
    req,
    where: { id: { equals: id } },
  })
  if (!live) return
  const data = { _status: 'draft', workflowStatus: 'archived' }
  await req.payload.db.updateOne({ collection, id, data, req, returning: false })
  // Its images stop being public unless another live document uses them (no hook runs on this write).
  await refreshMediaUseOf(req, collection, id)
  revalidateSiteAfterLiveRowChange(req, collection, { ...live, ...data }, live)
}
