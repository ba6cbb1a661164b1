import { bilingual } from '@/i18n/bilingual'

import type { Label } from './states'

/** What a user can do to a document in the workflow; each one moves it between states. */
export const WORKFLOW_ACTIONS = [
  'submit',
  'withdraw',
  'approve',
  'request_changes',
  'sign_off',
  'publish',
  'unpublish',
  'cancel_schedule',
  'reassign',
] as const

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** Button labels in the admin. */
export const ACTION_LABELS: Readonly<Record<WorkflowAction, Label>> = {
  submit: bilingual('提交审核', 'Submit for review'),
  withdraw: bilingual('撤回', 'Withdraw'),
  approve: bilingual('通过', 'Approve'),
  request_changes: bilingual('退回修改', 'Request changes'),
  sign_off: bilingual('签发', 'Sign off and publish'),
  publish: bilingual('发布', 'Publish'),
  unpublish: bilingual('撤下', 'Unpublish'),
  cancel_schedule: bilingual('取消定时发布', 'Cancel schedule'),
  reassign: bilingual('改派', 'Reassign'),
}

/**
 * The action as a verb phrase, for sentences such as "只有审稿人或管理员可以通过稿件。 /
 * Only reviewers and administrators may approve." (a button label does not read well there).
 */
export const ACTION_PHRASES: Readonly<Record<WorkflowAction, Label>> = {
  submit: bilingual('提交稿件审核', 'submit for review'),
  withdraw: bilingual('撤回送审的稿件', 'withdraw from review'),
  approve: bilingual('通过稿件', 'approve'),
  request_changes: bilingual('退回稿件修改', 'request changes'),
  sign_off: bilingual('签发稿件', 'sign off and publish'),
  publish: bilingual('发布稿件', 'publish'),
  unpublish: bilingual('撤下稿件', 'unpublish'),
  cancel_schedule: bilingual('取消定时发布', 'cancel a scheduled publication'),
  reassign: bilingual('改派审稿人', 'reassign the review'),
}

/**
 * The recycle bin's steps (回收站, see trash.ts). They are not workflow transitions: a document keeps
 * its state in the trash and has it again when restored, so no /workflow request can take them.
 * The review log records them like any step, so a document's log tells its whole story.
 */
export const TRASH_ACTIONS = ['trash', 'restore', 'delete'] as const

export type TrashAction = (typeof TRASH_ACTIONS)[number]

export const TRASH_ACTION_LABELS: Readonly<Record<TrashAction, Label>> = {
  trash: bilingual('移入回收站', 'Moved to trash'),
  restore: bilingual('从回收站恢复', 'Restored from trash'),
  delete: bilingual('永久删除', 'Deleted permanently'),
}

/** Every step the review log records: the workflow's actions, then the recycle bin's. */
export const LOGGED_ACTIONS = [...WORKFLOW_ACTIONS, ...TRASH_ACTIONS] as const

export type LoggedAction = (typeof LOGGED_ACTIONS)[number]

export const LOGGED_ACTION_LABELS: Readonly<Record<LoggedAction, Label>> = { ...ACTION_LABELS, ...TRASH_ACTION_LABELS }

// The action arrives from a request body: only an exact, listed string is an action.
export const isWorkflowAction = (value: unknown): value is WorkflowAction =>
  typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value)
