/**
 * Which of a user's login sessions to keep. Payload (useSessions) adds one per login and keeps
 * every one until its token expires; a user who logs in often would otherwise collect them without
 * bound. Kept: the live ones, newest first, at most MAX_SESSIONS_PER_USER. Pure.
 */
export interface StoredSession {
  id: string
  createdAt?: Date | string | null
  expiresAt: Date | string
}

/**
 * Ten live logins per person: the desk computer, a laptop, a phone and a second browser for
 * previews are four or five, with room to spare, while a row that stays small keeps every
 * authenticated request's user lookup cheap. An eleventh login signs out the oldest one.
 */
export const MAX_SESSIONS_PER_USER = 10

/** A time that cannot be read counts as the earliest there is: such a session is never kept as new. */
const timeOf = (value: Date | string | null | undefined): number => {
  const time = value === null || value === undefined ? Number.NaN : new Date(value).getTime()
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time
}

export function sessionsToKeep<T extends StoredSession>(
  sessions: readonly T[],
  now: Date,
  max: number = MAX_SESSIONS_PER_USER,
): T[] {
  const live = sessions.filter((session) => timeOf(session.expiresAt) > now.getTime())
  const newest = new Set([...live].sort((a, b) => timeOf(b.createdAt) - timeOf(a.createdAt)).slice(0, Math.max(0, max)))
  // In their stored order, so an unchanged list compares equal and is not rewritten.
  return live.filter((session) => newest.has(session))
}
