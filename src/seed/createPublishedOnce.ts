import type { Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

type EditorialCollection = 'articles' | 'projects' | 'honors'

/**
 * The seed's one rule for every document: if one matching `where` exists (as a draft or published),
 * leave it exactly as it is, since an editor may have changed it; otherwise create it, published.
 */
export async function createPublishedOnce<S extends EditorialCollection>(
  payload: Payload,
  collection: S,
  where: Where,
  data: Omit<RequiredDataFromCollectionSlug<S>, '_status'>,
): Promise<{ id: number; created: boolean }> {
  const existing = await payload.find({ collection, where, draft: true, limit: 1, depth: 0 })
  if (existing.docs[0]) return { id: existing.docs[0].id, created: false }
  const created = await payload.create({
    collection,
    draft: false,
    data: { ...data, _status: 'published' } as RequiredDataFromCollectionSlug<S>,
  })
  return { id: created.id, created: true }
}
