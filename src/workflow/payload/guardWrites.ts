import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { contentChangeEffect } from '../contentChange'
import type { EditorialCollection } from '../editorialCollections'
import { NOT_IN_REVIEW, positionAfterContentChange } from '../stages/position'
import { isWorkflowState, type WorkflowState } from '../states'
import { authorIds } from './authorIds'
import { contentChanged } from './contentChanged'
import { loadWorkflow } from './loadWorkflow'
import { positionOf, positionRecord } from './positionRecord'
import { rewritesBookkeeping } from './rewritesBookkeeping'
import { transitionOf } from './transitionContext'
import { workflowError } from './workflowError'

const PUBLISH_ONLY_THROUGH_REVIEW =
  '发布只能通过审稿流程：请提交审核，由审稿人通过后发布。 / Publishing goes through review: submit the document, a reviewer approves and publishes it.'
const LIVE_EDITS_AS_DRAFT =
  '这篇稿件已发布，修改请保存为草稿并重新提交审核，线上版本在新版本发布前保持不变。 / This document is published: save your changes as a draft and submit them; the published version stays until the new one is approved.'
const BOOKKEEPING_ONLY_THROUGH_WORKFLOW =
  '作者、审核阶段、签发记录和定时发布时间由审稿流程记录，不能直接修改。 / The authors of a version, its review stage, its sign-off chain and its scheduled time are recorded by the workflow and cannot be edited.'
const STATE_ONLY_THROUGH_WORKFLOW =
  '审稿状态只能通过审稿操作更改（提交、通过、退回、发布…）。 / The review status changes only through workflow actions (submit, approve, request changes, publish…).'

/** Whether readers see this document now: the main row, not the newest (possibly draft) version. */
async function isLive(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<boolean> {
  const row = await req.payload.db.findOne<{ id: number; _status?: string }>({
    collection,
    req,
    where: { id: { equals: id } },
  })
  return row?._status === 'published'
}

/**
 * A restored version brings back its text, never its place in review: the approvals it carried
 * were withdrawn since (sent back, resubmitted, edited) or belong to another round. Restoring
 * them would put a story that must start again at 初审 straight back at 终审. The version being
 * replaced keeps its stage, its sign-off chain, its assignee and its printed names.
 */
function keepingStageRecords<T extends object>(data: T, current: Record<string, unknown> | undefined): T {
  return { ...data, ...positionRecord(positionOf(current ?? {})), printedCredits: current?.printedCredits ?? null }
}

/**
 * The one gate every write passes, whatever the route (REST, bulk update, GraphQL, restore,
 * duplicate, the Local API with a user). Transitions decided by the workflow pass with their
 * decided state. Any other write by a user may change content, never publication: new and
 * duplicated documents start as drafts, live documents are edited as drafts, and an edit after
 * approval sends the document back to review. Writes without a user are the server's own.
 */
export const guardWrites: CollectionBeforeChangeHook = async ({
  collection,
  data: sent,
  originalDoc,
  operation,
  req,
}) => {
  const transition = transitionOf(req.context)
  if (transition) {
    return { ...sent, workflowStatus: transition.to, lastEditedBy: req.user?.id ?? null }
  }
  const user = req.user
  if (!user) return sent
  const data = req.context.restoringVersion === true ? keepingStageRecords(sent, originalDoc) : sent

  if (operation === 'create') {
    if (data._status === 'published') throw workflowError(PUBLISH_ONLY_THROUGH_REVIEW, 403)
    // A duplicate carries nobody's approval and nobody's signature.
    return {
      ...data,
      workflowStatus: 'draft',
      contentAuthors: [user.id],
      lastEditedBy: user.id,
      scheduledFor: null,
      ...positionRecord(NOT_IN_REVIEW),
      printedCredits: null,
    }
  }

  const before: WorkflowState = isWorkflowState(originalDoc?.workflowStatus) ? originalDoc.workflowStatus : 'draft'
  // A restore (always as a draft, see recordWriteMode) carries the old version's states along.
  const restoring = req.context.restoringVersion === true
  if (!restoring && data.workflowStatus !== undefined && data.workflowStatus !== before) {
    throw workflowError(STATE_ONLY_THROUGH_WORKFLOW, 403)
  }
  // Clearing the authors would let a writer approve their own text; moving the time, publish early.
  if (!restoring && rewritesBookkeeping(data, originalDoc).length > 0) {
    throw workflowError(BOOKKEEPING_ONLY_THROUGH_WORKFLOW, 403)
  }
  // Mirrors Payload's own rule: only a draft save leaves the live row untouched.
  const savingDraft = restoring || (req.context.savingDraft === true && data._status !== 'published')
  if (!savingDraft) {
    if (data._status === 'published' && originalDoc?._status !== 'published')
      throw workflowError(PUBLISH_ONLY_THROUGH_REVIEW, 403)
    if (await isLive(req, collection.slug, originalDoc.id)) throw workflowError(LIVE_EDITS_AS_DRAFT, 409)
  }

  if (!contentChanged(data, originalDoc)) return { ...data, workflowStatus: before, lastEditedBy: user.id }
  const authors = authorIds(originalDoc?.contentAuthors)
  const nextState = contentChangeEffect(before).nextState
  // Re-approval on edit: the approvals belonged to the text before the change. Only a version still
  // in review needs the stages (it starts again at the first), so an autosaved draft costs no query.
  const workflow =
    nextState === 'in_review' ? await loadWorkflow(req, collection.slug as EditorialCollection) : { stages: [] }
  const position = positionAfterContentChange(nextState, workflow, new Date())
  return {
    ...data,
    lastEditedBy: user.id,
    workflowStatus: nextState,
    contentAuthors: authors.some((id) => String(id) === String(user.id)) ? authors : [...authors, user.id],
    scheduledFor: null,
    ...positionRecord(position),
  }
}
