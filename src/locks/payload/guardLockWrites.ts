import type { CollectionBeforeChangeHook } from 'payload'

import type { PayloadLockedDocument } from '@/payload-types'

import { holderValue, ruleOnLockWrite } from '../lockOwnership'
import { lockRefusalError } from './lockRefusalError'
import { lockTargetVisible } from './lockTargetVisible'

/**
 * Every lock written with a user is written in that user's name (see lockOwnership.ts): a write
 * that would leave it naming someone else, or on another document, is refused, and the stored
 * `user` is set from the session, never from the body. Writes without a user are the server's own;
 * the admin itself creates and refreshes locks through the database adapter
 * (handleFormStateLocking), which runs no hooks.
 */
export const guardLockWrites: CollectionBeforeChangeHook<PayloadLockedDocument> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = req.user
  if (!user) return data
  const actor = { collection: user.collection, id: user.id }
  const ruling =
    operation === 'create'
      ? ruleOnLockWrite(actor, {
          action: 'create',
          holder: data.user,
          targetVisible: await lockTargetVisible(req, data.document),
        })
      : ruleOnLockWrite(actor, {
          action: 'update',
          holder: data.user,
          target: { document: data.document, globalSlug: data.globalSlug },
          stored: { document: originalDoc?.document, globalSlug: originalDoc?.globalSlug },
          targetVisible: await lockTargetVisible(req, originalDoc?.document),
        })
  if (!ruling.ok) throw lockRefusalError(ruling)
  // A lock's age is the server's clock: a sent `updatedAt` in the future would make a lock that never expires.
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...written } = data
  return { ...written, user: holderValue(actor) }
}
