import type { Role } from '@/access/roles'
import { bilingual } from '@/i18n/bilingual'

import type { WorkflowAction } from './actions'
import type { Label, WorkflowState } from './states'

/**
 * The editorial workflow as data: the one table of every transition a user can take.
 *
 * Who may do what, and why:
 * - Editors, reviewers and admins may all `submit` and `withdraw`. Reviewers and admins also
 *   draft (a reviewer writing a piece must be able to send it to review); the four-eyes rule,
 *   not a role restriction, stops anyone from then approving their own work.
 * - `submit` also leaves `archived`: a story that was taken down, corrected and is to run again
 *   goes back through review, never straight back online.
 * - `withdraw` is open to every writer, not just the author: a desk shares its stories.
 * - Only reviewers and admins decide (`approve`, `request_changes`), release (`publish`) and
 *   stop a release (`unpublish`, `cancel_schedule`). Admins may do everything reviewers may.
 * - `cancel_schedule` leads back to `approved`, not `in_review`: the content did not change, so
 *   its approval still stands. Any later content change sends it to `in_review` (contentChange.ts).
 *
 * Not in this table because no user takes them: `scheduled` -> `published` when the publication
 * time comes (the scheduler's job), and the moves caused by editing content (contentChange.ts).
 */
export interface Transition {
  from: readonly WorkflowState[]
  action: WorkflowAction
  to: WorkflowState
  /** A user holding any one of these roles may take the transition. */
  roles: readonly Role[]
  /** Where the action leads instead when given a future publication time (publish -> scheduled). */
  toWhenScheduled?: WorkflowState
}

const WRITERS: readonly Role[] = ['editor', 'reviewer', 'admin']
const LEADS: readonly Role[] = ['reviewer', 'admin']

export const TRANSITIONS: readonly Transition[] = [
  { from: ['draft', 'changes_requested', 'archived'], action: 'submit', to: 'in_review', roles: WRITERS },
  { from: ['in_review'], action: 'withdraw', to: 'draft', roles: WRITERS },
  { from: ['in_review'], action: 'approve', to: 'approved', roles: LEADS },
  { from: ['in_review'], action: 'request_changes', to: 'changes_requested', roles: LEADS },
  { from: ['approved'], action: 'publish', to: 'published', toWhenScheduled: 'scheduled', roles: LEADS },
  { from: ['published'], action: 'unpublish', to: 'archived', roles: LEADS },
  { from: ['scheduled'], action: 'cancel_schedule', to: 'approved', roles: LEADS },
]

/**
 * Actions that must say why, and what the comment has to tell: the author needs to know what to
 * fix, and a story taken off the site needs a reason on record.
 */
export const COMMENT_REQUIRED: Readonly<Partial<Record<WorkflowAction, Label>>> = {
  request_changes: bilingual('请说明需要修改什么', 'say what must change'),
  unpublish: bilingual('请说明撤下的原因', 'give the reason for taking it down'),
}

/**
 * Four eyes: whoever wrote or last changed a version may not be the one who lets it out.
 * Only the actions that move content towards readers are covered. `cancel_schedule`,
 * `unpublish` and `request_changes` hold content back, and an author must be able to pull
 * their own mistaken story at once.
 */
export const FOUR_EYES_ACTIONS: readonly WorkflowAction[] = ['approve', 'publish']

/** Roles as messages name them, in the order messages list them (English plural: "Only reviewers may …"). */
export const ROLE_NAMES: Readonly<Record<Role, Label>> = {
  editor: bilingual('编辑', 'editors'),
  reviewer: bilingual('审稿人', 'reviewers'),
  admin: bilingual('管理员', 'administrators'),
}
