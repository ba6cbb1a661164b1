import type { PayloadRequest } from 'payload'

import { EDITORIAL_COLLECTIONS } from '../editorialCollections'

import { applyDecision, type Actor } from './performTransition'
import { positionOf } from './positionRecord'

const SCHEDULER: Actor = { id: 'scheduler', name: '定时发布 / Scheduler', roles: [] }

/**
 * Publishes every document whose scheduled time has come, as approved (a content change after
 * scheduling sends a document back to review, so what goes live is what was approved). Run by the
 * jobs queue; returns how many went live. A failure throws, so the job is marked failed.
 */
export async function publishDue(req: PayloadRequest, now = new Date()): Promise<number> {
  let published = 0
  for (const collection of EDITORIAL_COLLECTIONS) {
    const { docs } = await req.payload.find({
      collection,
      draft: true,
      depth: 0,
      limit: 100,
      req,
      overrideAccess: true,
      where: {
        and: [{ workflowStatus: { equals: 'scheduled' } }, { scheduledFor: { less_than_equal: now.toISOString() } }],
      },
    })
    for (const doc of docs) {
      // Its approvals stand: a content change after scheduling would have cancelled the schedule.
      const position = positionOf(doc)
      await applyDecision(req, SCHEDULER, collection, doc as { id: number; publishedAt?: unknown }, {
        ok: true,
        from: 'scheduled',
        to: 'published',
        action: 'publish',
        ...(position.stage && { stage: position.stage }),
        position,
      })
      published++
    }
  }
  return published
}
