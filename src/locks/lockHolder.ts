/**
 * Whether a document lock held by someone else still stands: the pure half of Payload's rule
 * (a lock by another user that was touched within its duration blocks a save).
 */
export interface LockRecord {
  userId: number | string | undefined
  updatedAt: string | Date
}

export function blockingLock(
  lock: LockRecord | undefined,
  actingUserId: number | string | undefined,
  durationSeconds: number,
  now: number = Date.now(),
): boolean {
  if (!lock) return false
  if (actingUserId !== undefined && String(lock.userId) === String(actingUserId)) return false
  return now - new Date(lock.updatedAt).getTime() <= durationSeconds * 1000
}
