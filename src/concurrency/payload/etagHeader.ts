import type { CollectionAfterOperationHook, GlobalAfterReadHook, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'

import { etagOf, versionToken } from '../versionToken'
import { currentVersion } from './currentVersion'

function setEtag(req: PayloadRequest, updatedAt: unknown) {
  const token = versionToken(updatedAt)
  if (!token || req.payloadAPI !== 'REST') return
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('ETag', etagOf(token))
}

/**
 * A document's REST answers carry an ETag naming its newest version, the one a PATCH with
 * If-Match must name. Staff get the newest draft's even when they read the published version;
 * readers, who can write nothing, get the version they were shown (no hint that a draft exists).
 */
export const etagAfterOperation: CollectionAfterOperationHook = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  if (req.payloadAPI !== 'REST') return result
  const doc = result as { id?: number | string; updatedAt?: unknown } | undefined
  if (operation === 'updateByID') setEtag(req, doc?.updatedAt)
  if (operation === 'findByID' && doc?.id !== undefined) {
    const newest =
      isStaffUser(req.user) && !args.draft ? (await currentVersion(req, collection.slug, doc.id)).token : doc.updatedAt
    setEtag(req, newest)
  }
  return result
}

/** The column global has no versions: its ETag names its last save. */
export const etagAfterGlobalRead: GlobalAfterReadHook = ({ doc, req }) => {
  setEtag(req, (doc as { updatedAt?: unknown }).updatedAt)
  return doc
}
