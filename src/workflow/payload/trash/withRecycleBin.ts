import type { CollectionConfig } from 'payload'

import { guardPermanentDelete } from './guardPermanentDelete'
import { guardTrashMoves } from './guardTrashMoves'
import { logPermanentDelete } from './logPermanentDelete'
import { recordTrashMove } from './recordTrashMove'
import { recordTrashWrite } from './recordTrashWrite'

/**
 * Gives an editorial collection Payload's trash (回收站): deleting moves a document there, where
 * it keeps its versions, state and review log until it is restored or an administrator deletes it
 * for good. Each step goes into the review log; the rules are in src/workflow/trash.ts.
 */
export const withRecycleBin = <T extends CollectionConfig>(config: T): T => ({
  ...config,
  trash: true,
  hooks: {
    ...config.hooks,
    beforeOperation: [...(config.hooks?.beforeOperation ?? []), recordTrashWrite, guardPermanentDelete],
    beforeChange: [...(config.hooks?.beforeChange ?? []), guardTrashMoves],
    afterChange: [...(config.hooks?.afterChange ?? []), recordTrashMove],
    afterDelete: [...(config.hooks?.afterDelete ?? []), logPermanentDelete],
  },
})
