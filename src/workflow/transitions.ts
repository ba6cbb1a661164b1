import type { Role } from '@/access/roles'
import { bilingual } from '@/i18n/bilingual'

import type { WorkflowAction } from './actions'
import type { Label, WorkflowState } from './states'

/**
 * The editorial workflow's moves: the one table of every transition a user can take. Who may take
 * one depends on the collection's workflow definition (stages/definition.ts), so the table names
 * a kind of person rather than roles:
 * - `writers`: everyone on the staff. Reviewers and admins also draft (a reviewer writing a piece
 *   must be able to send it to review); the four-eyes rule, not a role, stops them approving it.
 * - `stage`: the people of the stage the version sits at (its roles, or the one person an
 *   administrator assigned). `approve` there moves it to the next stage, or, at the release stage,
 *   makes it `approved`; `sign_off` (签发) at the release stage approves and publishes in one step.
 * - `release`: the people of the release stage, who publish, take down and stop a release.
 * - `admins`: administrators, who alone hand a stuck stage to another of its people.
 * Administrators count among the people of every stage.
 *
 * - `submit` also leaves `archived`: a story that was taken down, corrected and is to run again
 *   goes back through review, never straight back online.
 * - `request_changes` also leaves `approved`: the release stage may still send a story back.
 * - `cancel_schedule` leads back to `approved`, not `in_review`: the content did not change, so
 *   its approvals still stand. Any later content change sends it to the first stage (contentChange.ts).
 *
 * Not in this table because no user takes them: `scheduled` -> `published` when the publication
 * time comes (the scheduler's job), and the moves caused by editing content (contentChange.ts).
 */
export type Who = 'writers' | 'stage' | 'release' | 'admins'

export interface Transition {
  from: readonly WorkflowState[]
  action: WorkflowAction
  /** Where it leads; for `approve`, the state after a stage that is not the release stage. */
  to: WorkflowState
  who: Who
  /** Where the action leads instead when given a future publication time (publish -> scheduled). */
  toWhenScheduled?: WorkflowState
}

export const TRANSITIONS: readonly Transition[] = [
  { from: ['draft', 'changes_requested', 'archived'], action: 'submit', to: 'in_review', who: 'writers' },
  { from: ['in_review'], action: 'withdraw', to: 'draft', who: 'writers' },
  { from: ['in_review'], action: 'approve', to: 'in_review', who: 'stage' },
  { from: ['in_review', 'approved'], action: 'request_changes', to: 'changes_requested', who: 'stage' },
  { from: ['in_review'], action: 'sign_off', to: 'published', toWhenScheduled: 'scheduled', who: 'stage' },
  { from: ['approved'], action: 'publish', to: 'published', toWhenScheduled: 'scheduled', who: 'release' },
  { from: ['published'], action: 'unpublish', to: 'archived', who: 'release' },
  { from: ['scheduled'], action: 'cancel_schedule', to: 'approved', who: 'release' },
  { from: ['in_review', 'approved'], action: 'reassign', to: 'in_review', who: 'admins' },
]

/** What `approve` at the release stage leads to: ready for the release stage's people to publish. */
export const APPROVED_FOR_RELEASE: WorkflowState = 'approved'

/**
 * Actions that must say why, and what the comment has to tell: the author needs to know what to
 * fix, and a story taken off the site needs a reason on record. A stage may also require an
 * opinion for approving at it (its `commentRequired`).
 */
export const COMMENT_REQUIRED: Readonly<Partial<Record<WorkflowAction, Label>>> = {
  request_changes: bilingual('请说明需要修改什么', 'say what must change'),
  unpublish: bilingual('请说明撤下的原因', 'give the reason for taking it down'),
}

/** What a stage's required opinion is asked as. */
export const STAGE_COMMENT_HINT: Label = bilingual('请填写审核意见', 'write your review opinion')

/**
 * Four eyes: whoever wrote or last changed a version may not be the one who lets it out.
 * Only the actions that move content towards readers are covered. `cancel_schedule`,
 * `unpublish` and `request_changes` hold content back, and an author must be able to pull
 * their own mistaken story at once.
 */
export const FOUR_EYES_ACTIONS: readonly WorkflowAction[] = ['approve', 'sign_off', 'publish']

/** Different eyes at every stage: nobody passes two stages of the same version. */
export const STAGE_PASSING_ACTIONS: readonly WorkflowAction[] = ['approve', 'sign_off']

/** Roles as messages name them, in the order messages list them (English plural: "Only … may …"). */
export const ROLE_NAMES: Readonly<Record<Role, Label>> = {
  editor: bilingual('编辑', 'editors'),
  first_reviewer: bilingual('责任编辑', 'responsible editors'),
  second_reviewer: bilingual('部门主任', 'department heads'),
  final_reviewer: bilingual('值班总编辑', 'duty editors-in-chief'),
  admin: bilingual('管理员', 'administrators'),
}
