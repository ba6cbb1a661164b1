import type { PayloadRequest } from 'payload'

import type { BaseVersionClaims, BaseVersionVerdict } from '../baseVersionCheck'
import { preconditionFailedError, staleBaseError, type ConflictDetails } from '../conflictErrors'

/**
 * The version a write says it was based on: an `If-Match` header (REST only: a hook's own saves
 * inside the request are not held to it) or the `updatedAt` the admin form sends back. Undefined
 * when the write names none.
 */
export function requestedBase(req: PayloadRequest, data: unknown): BaseVersionClaims | undefined {
  const ifMatch = req.payloadAPI === 'REST' ? req.headers.get('if-match') : undefined
  const bodyUpdatedAt = (data as Record<string, unknown> | undefined)?.updatedAt
  if (!ifMatch && (bodyUpdatedAt === undefined || bodyUpdatedAt === null)) return undefined
  return { ifMatch, bodyUpdatedAt }
}

/** The answer to a refused write: 412 for a stale If-Match, 409 for the form's stale base. */
export function staleBaseRefusal(
  verdict: Extract<BaseVersionVerdict, { ok: false }>,
  details: Pick<ConflictDetails, 'currentVersion' | 'updatedAt' | 'updatedBy' | 'current'>,
) {
  const withBase: ConflictDetails = { ...details, baseVersion: verdict.baseVersion }
  return verdict.status === 412 ? preconditionFailedError(withBase) : staleBaseError(withBase)
}
