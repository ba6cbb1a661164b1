import type { CollectionSlug, PayloadRequest } from 'payload'

import { versionToken, type VersionToken } from '../versionToken'

export interface CurrentVersion {
  token: VersionToken | undefined
  doc: Record<string, unknown> | null
}

/**
 * The newest version of a document as the admin loads it (the newest draft), read in the request's
 * transaction: after lockForUpdate, no other save can change it until this request ends.
 */
export async function currentVersion(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<CurrentVersion> {
  const doc = await req.payload
    .findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  const found = doc as Record<string, unknown> | null
  return { token: versionToken(found?.updatedAt), doc: found }
}
