import type { GlobalConfig } from 'payload'

import { checkBaseVersion } from '../baseVersionCheck'
import { preconditionFailedError, staleBaseError } from '../conflictErrors'
import { lockForUpdate } from '../lockForUpdate'
import { versionToken } from '../versionToken'

type GlobalBeforeOperationHook = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]

/**
 * The column global's saves, one at a time and based on a known version, as for documents
 * (guardBaseVersion.ts): its single row is locked, then If-Match or the form's updatedAt compared.
 */
export const guardGlobalBaseVersion: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  if (operation !== 'update') return args
  await lockForUpdate(req, global.slug)
  if (!req.user) return args
  const ifMatch = req.payloadAPI === 'REST' ? req.headers.get('if-match') : undefined
  const bodyUpdatedAt = (args.data as Record<string, unknown> | undefined)?.updatedAt
  if (!ifMatch && (bodyUpdatedAt === undefined || bodyUpdatedAt === null)) return args
  const current = await req.payload.findGlobal({ slug: global.slug as 'column', depth: 0, req, overrideAccess: true })
  const token = versionToken(current?.updatedAt)
  const verdict = checkBaseVersion({ ifMatch, bodyUpdatedAt }, token)
  if (verdict.ok) return args
  const details = { baseVersion: verdict.baseVersion, currentVersion: token, updatedAt: token, current: { ...current } }
  throw verdict.status === 412 ? preconditionFailedError(details) : staleBaseError(details)
}
