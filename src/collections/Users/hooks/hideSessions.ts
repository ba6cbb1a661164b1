import type { CollectionAfterReadHook } from 'payload'

/**
 * The `sessions` field's read access already empties it in every answer for a user; Payload then
 * still puts an empty list there, which says something untrue ("no logins"). Reads made for a user
 * (REST, GraphQL, the admin, Local API with overrideAccess: false) answer without the key at all.
 * Reads that override access keep it: Payload's JWT strategy finds the session of a token there.
 */
export const hideSessions: CollectionAfterReadHook = ({ doc, overrideAccess }) => {
  if (overrideAccess || !doc || typeof doc !== 'object' || !('sessions' in doc)) return doc
  const { sessions: _hidden, ...rest } = doc
  return rest
}
