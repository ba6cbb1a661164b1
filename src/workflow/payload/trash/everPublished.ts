import type { PayloadRequest } from 'payload'

import type { EditorialCollection } from '../../editorialCollections'

/**
 * Whether a document has ever been published: a published version in its history, or a step to
 * `published` in the review log (which is never pruned, while old versions are, past 100).
 */
export async function everPublished(req: PayloadRequest, collection: EditorialCollection, id: number | string) {
  const versions = await req.payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    pagination: false,
    req,
  })
  if (versions.docs.length > 0) return true
  const log = await req.payload.db.find({
    collection: 'reviews',
    where: {
      and: [
        { documentCollection: { equals: collection } },
        { documentId: { equals: Number(id) } },
        { to: { equals: 'published' } },
      ],
    },
    limit: 1,
    pagination: false,
    req,
  })
  return log.docs.length > 0
}
