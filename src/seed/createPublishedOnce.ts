import type { Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { createLocalReq } from 'payload'

import { performTransition, type Actor, type EditorialCollection } from '@/workflow/payload/performTransition'

/** The seed's reviewer: the text is the published article, so the system takes it through review. */
const SYSTEM_REVIEWER: Actor = { id: 'system', name: '系统导入（已见报稿件）', roles: ['admin'] }
const PUBLICATION_STEPS = ['submit', 'approve', 'publish'] as const

/**
 * The seed's one rule for every document: if one matching `where` exists (as a draft or published),
 * leave it exactly as it is, since an editor may have changed it; otherwise create it as a draft and
 * publish it through the workflow, so the review log is complete from the start.
 */
export async function createPublishedOnce<S extends EditorialCollection>(
  payload: Payload,
  collection: S,
  where: Where,
  data: Omit<RequiredDataFromCollectionSlug<S>, '_status' | 'workflowStatus'>,
): Promise<{ id: number; created: boolean }> {
  const existing = await payload.find({ collection, where, draft: true, limit: 1, depth: 0 })
  if (existing.docs[0]) return { id: existing.docs[0].id, created: false }

  // Created unpublished (_status defaults to draft); only the workflow below publishes it.
  const created = await payload.create({ collection, data: data as RequiredDataFromCollectionSlug<S> })
  const req = await createLocalReq({}, payload)
  for (const action of PUBLICATION_STEPS) {
    await performTransition(req, SYSTEM_REVIEWER, { collection, id: created.id, action })
  }
  return { id: created.id, created: true }
}
