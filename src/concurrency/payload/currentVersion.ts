import type { CollectionSlug, PayloadRequest } from 'payload'

import { versionToken, type VersionToken } from '../versionToken'

export interface CurrentVersion {
  token: VersionToken | undefined
  doc: Record<string, unknown> | null
}

/**
 * The newest version of a document as the admin loads it (the newest draft), read in the request's
 * transaction: after lockForUpdate, no other save can change it until this request ends. A
 * document in the recycle bin has a version too (restoring it is a save like any other).
 */
export async function currentVersion(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<CurrentVersion> {
  const doc = await req.payload
    .findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: true, disableErrors: true, trash: true })
    .catch(() => null)
  const found = doc as Record<string, unknown> | null
  return { token: versionToken(found?.updatedAt), doc: found }
}
