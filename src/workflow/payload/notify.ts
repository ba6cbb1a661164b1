import type { PayloadRequest, Where } from 'payload'

import type { Allowed } from '../decide'
import { audienceOf, planNotification } from '../notifications'
import type { Actor, EditorialCollection } from './performTransition'

interface Step {
  collection: EditorialCollection
  doc: { id: number | string; title?: unknown; name?: unknown }
  decision: Allowed
  actor: Actor
  authorIds: (number | string)[]
}

/**
 * The people of the stage a document reached: whoever holds one of its roles, or, when nobody
 * does (a stage whose people have left), the administrators, so that no story waits unseen.
 * Looked up only for a step that goes to them.
 */
async function stagePeople(req: PayloadRequest, decision: Allowed): Promise<(number | string)[]> {
  const roles = decision.position.stage?.roles ?? []
  const find = async (where: Where) =>
    (await req.payload.find({ collection: 'users', where, limit: 500, depth: 0, req, overrideAccess: true })).docs.map(
      (user) => user.id,
    )
  const people = roles.length > 0 ? await find({ roles: { in: [...roles] } }) : []
  return people.length > 0 ? people : find({ roles: { in: ['admin'] } })
}

/**
 * In-app notifications for a workflow step, written in the step's own transaction. Returns the
 * mails to send once the step is committed: a failing mail server must never undo or block it.
 */
export async function writeNotifications(req: PayloadRequest, step: Step): Promise<() => Promise<void>> {
  const title = String(step.doc.title ?? step.doc.name ?? step.doc.id)
  const plan = planNotification(step.decision, title, {
    actorId: step.actor.id,
    stagePeopleIds: audienceOf(step.decision) === 'stage' ? await stagePeople(req, step.decision) : [],
    authorIds: step.authorIds,
  })
  if (!plan || plan.recipientIds.length === 0) return async () => {}

  const recipients = await req.payload.find({
    collection: 'users',
    where: { id: { in: plan.recipientIds } },
    limit: plan.recipientIds.length,
    depth: 0,
    req,
    overrideAccess: true,
  })
  for (const user of recipients.docs) {
    await req.payload.create({
      collection: 'notifications',
      req,
      overrideAccess: true,
      data: {
        recipient: user.id,
        message: plan.message,
        documentCollection: step.collection,
        documentId: Number(step.doc.id),
      },
    })
  }

  return async () => {
    for (const user of recipients.docs) {
      await req.payload
        .sendEmail({ to: user.email, subject: plan.message.split(' / ')[0], text: plan.message })
        .catch((error: unknown) =>
          req.payload.logger.error({ err: error, to: user.email }, 'workflow email could not be sent'),
        )
    }
  }
}
