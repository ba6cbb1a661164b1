import type { CollectionBeforeChangeHook } from 'payload'

import { USED_BY_PUBLISHED } from '../usage'

/**
 * `usedByPublished` is written only by the documents' hooks (liveUse/refreshMediaUse.ts), under
 * the image's row lock. A save of the image itself (a new caption) leaves it out of its write:
 * whatever a client sends is ignored, and the value Payload read before saving, which a publish
 * may have changed since, is not written back over the newer one.
 */
export const keepUsageFlag: CollectionBeforeChangeHook = ({ data }) => {
  const { [USED_BY_PUBLISHED]: _ignored, ...rest } = data
  return rest
}
