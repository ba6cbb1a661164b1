import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { lockForUpdate } from '@/concurrency/lockForUpdate'
import { currentVersion } from '@/concurrency/payload/currentVersion'
import { matchesCurrent, parseIfMatch, versionToken } from '@/concurrency/versionToken'
import { checksForStep } from '@/review-checks/payload/checksForStep'

import { decideTransition, type Allowed, type Assignee } from '../decide'
import { printedCredits } from '../stages/position'
import { isWorkflowState, type WorkflowState } from '../states'
import { authorIds } from './authorIds'
import { loadWorkflow } from './loadWorkflow'
import { positionOf, positionRecord } from './positionRecord'
import { writeNotifications } from './notify'
import { takeLiveRowDown } from './takeLiveRowDown'
import { withTransition } from './transitionContext'
import { workflowError } from './workflowError'

import type { EditorialCollection } from '../editorialCollections'

export type { EditorialCollection }

export interface Actor {
  id: number | string
  name: string
  roles: string[]
  /** The logged-in user; absent for the server's own steps (the seed, the scheduler). */
  user?: PayloadRequest['user']
}

export interface TransitionRequest {
  collection: EditorialCollection
  id: number | string
  action: string
  comment?: string
  publishAt?: string
  /** The reviewer's reason for approving over error findings of the review checks. */
  overrideChecks?: string
  /** For `reassign`: the id of the colleague who takes the stage over. */
  assignee?: unknown
  /**
   * The version the actor looked at (its ETag or updatedAt): a step on a version saved after it is
   * refused, so nobody approves or publishes text they have not seen.
   */
  version?: string
}

const NOT_FOUND = '找不到这篇稿件，或您无权查看。 / No such document, or you may not see it.'
const NEWER_THAN_SEEN =
  '您看到的不是最新版本：稿件在那之后又被保存过。请查看最新版本后再操作。 / The document was saved again after the version you looked at: review the newest version, then act.'
const CHANGED_MEANWHILE =
  '稿件刚刚被他人处理或修改（例如这一步已由他人完成）。请刷新后查看。 / The document changed while you acted (someone may have taken this step already): reload and look again.'

/**
 * Takes one workflow step: reads the newest version, asks the pure workflow whether this actor may
 * take the action, then saves the new state and writes the review log entry in one transaction.
 * Articles are checked at submit and approve; the pure workflow decides what the errors mean.
 * A refusal throws with its status (400/403/404/409/422) before anything is written.
 */
export async function performTransition(req: PayloadRequest, actor: Actor, request: TransitionRequest) {
  const { payload } = req
  const doc = await payload
    .findByID({
      collection: request.collection,
      id: request.id,
      draft: true,
      depth: 0,
      req,
      overrideAccess: !actor.user,
      user: actor.user,
    })
    .catch(() => null)
  if (!doc) throw workflowError(NOT_FOUND, 404)
  if (
    request.version !== undefined &&
    !matchesCurrent(parseIfMatch(request.version) ?? [], versionToken(doc.updatedAt))
  ) {
    throw workflowError(NEWER_THAN_SEEN, 409)
  }

  const checks = await checksForStep(req, {
    collection: request.collection,
    action: request.action,
    doc,
    user: actor.user,
  })
  const assignee = request.action === 'reassign' ? await findAssignee(req, request.assignee) : undefined
  const decision = decideTransition({
    state: await stateActedOn(req, request, doc.workflowStatus),
    action: request.action,
    roles: actor.roles,
    userId: actor.id,
    userName: actor.name,
    contentAuthorIds: authorIds(doc.contentAuthors),
    workflow: await loadWorkflow(req, request.collection),
    position: positionOf(doc),
    assigneeId: request.assignee,
    assignee,
    comment: request.comment,
    publishAt: request.publishAt,
    checkErrors: checks?.counts.error,
    overrideChecks: request.overrideChecks,
    now: new Date(),
  })
  if (!decision.ok) throw workflowError(decision.message, decision.status)
  // A reassignment's log entry names who took the stage over, when the administrator wrote nothing.
  const logged =
    decision.action === 'reassign' && !decision.comment && assignee
      ? {
          ...decision,
          comment: `改派给 ${assignee.name ?? assignee.id} / Reassigned to ${assignee.name ?? assignee.id}`,
        }
      : decision

  return { ...(await applyDecision(req, actor, request.collection, doc, logged)), checks }
}

/**
 * Saves a decided step and writes its review log entry, in one transaction: a state is never
 * stored without its log entry, nor the reverse. The decision was made on `doc` without holding
 * anything (the checks take time); here, under the document's row lock, the step goes ahead only if
 * `doc` is still the newest version (compare-and-set). Of simultaneous identical steps exactly one
 * finds it so; the others answer 409 and write nothing.
 */
export async function applyDecision(
  req: PayloadRequest,
  actor: Actor,
  collection: EditorialCollection,
  doc: {
    id: number | string
    updatedAt?: unknown
    publishedAt?: unknown
    contentAuthors?: unknown
    title?: unknown
    name?: unknown
  },
  decision: Allowed,
) {
  const { payload } = req
  const ownsTransaction = await initTransaction(req)
  try {
    await lockForUpdate(req, collection, doc.id)
    const { token } = await currentVersion(req, collection, doc.id)
    if (token !== versionToken(doc.updatedAt)) throw workflowError(CHANGED_MEANWHILE, 409)
    const saved = await payload.update({
      collection,
      id: doc.id,
      req,
      overrideAccess: true, // the workflow has decided; the write guard still sees the transition
      context: withTransition(decision),
      ...saveFor(decision, collection, doc),
    })
    if (decision.to === 'archived') await takeLiveRowDown(req, collection, doc.id)
    const review = await payload.create({
      collection: 'reviews',
      req,
      overrideAccess: true,
      data: {
        documentCollection: collection,
        documentId: Number(doc.id),
        action: decision.action,
        from: decision.from,
        to: decision.to,
        actor: actor.user ? Number(actor.id) : null,
        actorName: actor.name,
        stage: decision.stage?.name.zh ?? null,
        stageKey: decision.stage?.key ?? null,
        comment: decision.comment ?? null,
        publishAt: decision.publishAt ?? null,
        versionId: await newestVersionId(req, collection, doc.id),
        checkErrors: decision.checks?.errors ?? null,
        checksOverridden: Boolean(decision.checks?.overrideReason),
        overrideReason: decision.checks?.overrideReason ?? null,
      },
    })
    const sendMails = await writeNotifications(req, {
      collection,
      doc,
      decision,
      actor,
      authorIds: authorIds(doc.contentAuthors),
    })
    if (ownsTransaction) await commitTransaction(req)
    void sendMails()
    return { doc: saved, review, decision }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}

/**
 * How a step is saved. Publishing writes the approved version to the live row; every other step
 * records a new draft version, so a live document stays exactly as it was until its next version
 * is published (taking down then marks the live row unpublished: takeLiveRowDown.ts).
 */
function saveFor(decision: Allowed, collection: EditorialCollection, doc: { publishedAt?: unknown }) {
  const position = positionRecord(decision.position)
  if (decision.to === 'published') {
    const firstPublication =
      collection === 'articles' && !doc.publishedAt ? { publishedAt: new Date().toISOString() } : {}
    return {
      draft: false,
      data: {
        _status: 'published' as const,
        contentAuthors: [],
        scheduledFor: null,
        ...position,
        // What readers see printed under the story: from this version's own sign-off chain.
        printedCredits: printedCredits(decision.position.passes),
        ...firstPublication,
      },
    }
  }
  return { draft: true, data: { scheduledFor: decision.publishAt ?? null, ...position } }
}

/** The colleague `reassign` names, with the roles that decide whether they may take the stage. */
async function findAssignee(req: PayloadRequest, id: unknown): Promise<Assignee | null> {
  // Ids are PostgreSQL integers: anything else names nobody (and must not reach the query).
  const key = typeof id === 'number' ? id : typeof id === 'string' && /^\d{1,10}$/.test(id) ? Number(id) : NaN
  if (!Number.isSafeInteger(key) || key < 1 || key > 2_147_483_647) return null
  const user = await req.payload.db.findOne<{ id: number; roles?: string[]; name?: string; realName?: string }>({
    collection: 'users',
    req,
    where: { id: { equals: key } },
  })
  return user ? { id: user.id, roles: user.roles ?? [], name: user.realName || user.name } : null
}
/**
 * Which version an action is about. Taking down acts on what readers see (the live row); every
 * other action acts on the newest version, so a published story with an edit waiting for review
 * can still be taken down at once.
 */
async function stateActedOn(
  req: PayloadRequest,
  request: TransitionRequest,
  newestState: unknown,
): Promise<WorkflowState> {
  if (request.action === 'unpublish') {
    const live = await req.payload.db.findOne<{ id: number; _status?: string; workflowStatus?: unknown }>({
      collection: request.collection,
      req,
      where: { id: { equals: request.id } },
    })
    if (live?._status === 'published') return 'published'
  }
  return isWorkflowState(newestState) ? newestState : 'draft'
}

async function newestVersionId(req: PayloadRequest, collection: EditorialCollection, id: number | string) {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0] ? String(docs[0].id) : null
}
