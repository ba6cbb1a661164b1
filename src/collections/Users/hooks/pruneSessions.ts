import type { CollectionBeforeLoginHook } from 'payload'

import { sessionsToKeep, type StoredSession } from '@/auth/sessionsToKeep'

/**
 * At login, after Payload has added the new session: drops expired sessions and all but the newest
 * few (sessionsToKeep), in the login's own transaction (`req`), so a login never leaves a longer
 * list behind. `updatedAt: null` tells the adapter to leave the account's modification time alone,
 * as Payload does when it writes sessions.
 */
export const pruneSessions: CollectionBeforeLoginHook = async ({ collection, req, user }) => {
  const sessions: StoredSession[] = Array.isArray(user.sessions) ? user.sessions : []
  const kept = sessionsToKeep(sessions, new Date())
  if (kept.length === sessions.length) return user
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: user.id,
    data: { sessions: kept, updatedAt: null },
    req,
    returning: false,
  })
  return { ...user, sessions: kept }
}
