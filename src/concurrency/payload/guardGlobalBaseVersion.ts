import type { GlobalConfig } from 'payload'

import { checkBaseVersion } from '../baseVersionCheck'
import { lockForUpdate } from '../lockForUpdate'
import { versionToken } from '../versionToken'
import { requestedBase, staleBaseRefusal } from './requestedBase'

type GlobalBeforeOperationHook = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]

/**
 * The column global's saves, one at a time and based on a known version, as for documents
 * (guardBaseVersion.ts): its single row is locked, then If-Match or the form's updatedAt compared.
 */
export const guardGlobalBaseVersion: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  if (operation !== 'update') return args
  await lockForUpdate(req, global.slug)
  if (!req.user) return args
  const claims = requestedBase(req, args.data)
  if (!claims) return args
  const current = await req.payload.findGlobal({ slug: global.slug as 'column', depth: 0, req, overrideAccess: true })
  const token = versionToken(current?.updatedAt)
  const verdict = checkBaseVersion(claims, token)
  if (verdict.ok) return args
  throw staleBaseRefusal(verdict, { currentVersion: token, updatedAt: token, current: { ...current } })
}
