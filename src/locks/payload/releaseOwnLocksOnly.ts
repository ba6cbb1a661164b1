import type { CollectionBeforeDeleteHook } from 'payload'

import type { PayloadLockedDocument } from '@/payload-types'

import { ruleOnLockWrite } from '../lockOwnership'
import { lockRefusalError } from './lockRefusalError'

/**
 * A lock is released by its holder only (see lockOwnership.ts for why admins too). Read inside the
 * operation's transaction (`req`). Deletes without a user are the server's own; Payload itself
 * removes locks on save through the database adapter, which runs no hooks.
 */
export const releaseOwnLocksOnly: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const user = req.user
  if (!user) return
  const lock = await req.payload.db.findOne<PayloadLockedDocument>({
    collection: collection.slug,
    where: { id: { equals: id } },
    req,
  })
  const ruling = ruleOnLockWrite(
    { collection: user.collection, id: user.id },
    { action: 'delete', storedHolder: lock?.user },
  )
  if (!ruling.ok) throw lockRefusalError(ruling)
}
