import type { Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { createLocalReq } from 'payload'

import { loadWorkflow } from '@/workflow/payload/loadWorkflow'
import { performTransition, type Actor, type EditorialCollection } from '@/workflow/payload/performTransition'

/**
 * The seed's reviewers, one per stage: the text is the published article, so the system takes it
 * through every stage of its workflow, each passed by a different (system) reviewer as any story
 * must be, and the review log is complete from the start.
 */
const systemReviewer = (stage: number, stageName: string): Actor => ({
  id: `system-${stage + 1}`,
  name: `系统导入（已见报稿件，${stageName}）`,
  roles: ['admin'],
})

const SUBMITTER: Actor = { id: 'system', name: '系统导入（已见报稿件）', roles: ['admin'] }

/**
 * The seed's one rule for every document: if one matching `where` exists (as a draft or published),
 * leave it exactly as it is, since an editor may have changed it; otherwise create it as a draft and
 * publish it through the workflow: submitted, approved at each stage, signed off at the last.
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
  const { stages } = await loadWorkflow(req, collection)
  await performTransition(req, SUBMITTER, { collection, id: created.id, action: 'submit' })
  for (const [index, stage] of stages.entries()) {
    const action = stage.release ? 'sign_off' : 'approve'
    await performTransition(req, systemReviewer(index, stage.name.zh), { collection, id: created.id, action })
  }
  return { id: created.id, created: true }
}
