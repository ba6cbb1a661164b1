import { matchesCurrent, parseIfMatch, versionToken, type VersionToken } from './versionToken'

export interface BaseVersionClaims {
  /** The request's `If-Match` header (API clients, after a GET's ETag). */
  ifMatch?: string | null
  /** The `updatedAt` the write sends back (the admin form always does: the version it loaded). */
  bodyUpdatedAt?: unknown
}

export type BaseVersionVerdict =
  { ok: true; based: boolean } | { ok: false; status: 409 | 412; baseVersion: VersionToken | undefined }

/**
 * Whether a write may replace the version that stands now. A write that names no base at all (no
 * If-Match, no updatedAt) is allowed: a script that sets one field knows what it overwrites, and
 * refusing it would break every client written before this rule (README, "Concurrent editing").
 * Pure.
 */
export function checkBaseVersion(claims: BaseVersionClaims, current: VersionToken | undefined): BaseVersionVerdict {
  const ifMatch = parseIfMatch(claims.ifMatch)
  if (ifMatch !== undefined) {
    if (!matchesCurrent(ifMatch, current)) {
      return { ok: false, status: 412, baseVersion: ifMatch === '*' ? '*' : ifMatch.join(', ') }
    }
    return { ok: true, based: true }
  }
  const fromBody = versionToken(claims.bodyUpdatedAt)
  if (claims.bodyUpdatedAt !== undefined && claims.bodyUpdatedAt !== null) {
    if (!matchesCurrent(fromBody ?? String(claims.bodyUpdatedAt), current)) {
      return { ok: false, status: 409, baseVersion: fromBody ?? String(claims.bodyUpdatedAt) }
    }
    return { ok: true, based: true }
  }
  return { ok: true, based: false }
}
