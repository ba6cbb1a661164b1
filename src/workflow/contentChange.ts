import type { WorkflowState } from './states'

/**
 * What editing a document's content does to its workflow state.
 *
 * An approval covers the content that was approved, nothing else: once content changes after
 * approval, the document goes back to `in_review` and someone who did not make the change must
 * approve it again (four eyes, through `contentAuthorIds`).
 *
 * The workflow state belongs to a version. Editing never touches the live version: with Payload's
 * drafts an edit saves a new draft version while the published one stays online, keeps its
 * `published` state (so it can still be taken down) and is replaced only by `publish`. The edited
 * version of a published or taken-down document therefore starts over as a `draft`.
 *
 * "Content" is for the adapter to define: the document's own fields, not the workflow's state,
 * comment and publication time, which change through the workflow actions only.
 */
export interface ContentChangeEffect {
  /** The workflow state of the version that holds the change. */
  nextState: WorkflowState
  /**
   * The adapter must cancel the pending scheduled publication: otherwise the scheduler would
   * publish content nobody approved.
   */
  cancelsSchedule: boolean
  /** Why, for the adapter's log or a notice in the admin: Chinese, then " / ", then English. */
  note: string
}

const EFFECTS: Readonly<Record<WorkflowState, ContentChangeEffect>> = {
  draft: {
    nextState: 'draft',
    cancelsSchedule: false,
    note: '草稿修改后仍是草稿。 / A draft stays a draft when edited.',
  },
  changes_requested: {
    nextState: 'changes_requested',
    cancelsSchedule: false,
    note: '按意见修改中；改完后请提交审核。 / Still being revised; submit it for review when done.',
  },
  in_review: {
    nextState: 'in_review',
    cancelsSchedule: false,
    note: '稿件仍待审；修改人不能再通过它。 / Still in review; whoever changed it may no longer approve it.',
  },
  approved: {
    nextState: 'in_review',
    cancelsSchedule: false,
    note: '已通过的稿件被修改，需要重新审核。 / The approved document was changed and must be reviewed again.',
  },
  scheduled: {
    nextState: 'in_review',
    cancelsSchedule: true,
    note: '定时发布的稿件被修改：定时发布已取消，需要重新审核。 / The scheduled document was changed: the schedule is cancelled and it must be reviewed again.',
  },
  published: {
    nextState: 'draft',
    cancelsSchedule: false,
    note: '线上版本保持发布；修改存为新的草稿，审核发布后才替换线上版本。 / The live version stays published; the change is a new draft that replaces it only once reviewed and published.',
  },
  archived: {
    nextState: 'draft',
    cancelsSchedule: false,
    note: '已撤下的稿件修改后成为草稿，提交审核后可重新发布。 / The taken-down document becomes a draft; submit it for review to run it again.',
  },
}

export const contentChangeEffect = (state: WorkflowState): ContentChangeEffect => EFFECTS[state]

/** The workflow state of a version after its content changed. */
export const afterContentChange = (state: WorkflowState): WorkflowState => contentChangeEffect(state).nextState
