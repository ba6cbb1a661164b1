import { LEAD_ROLES, STAFF_ROLES, type Role } from '@/access/roles'

import { STATE_LABELS, type WorkflowState } from './states'

/**
 * The recycle bin (回收站) of articles, projects and honors: who may move a document into it or out
 * of it. Pure: the adapter reads the document and passes in what it found.
 *
 * The rule follows who answers for what readers see:
 * - Reviewers and admins may trash and restore anything. Trashing a live document takes it off the
 *   site, which is `unpublish`, theirs already; restoring it puts it back, which only they may.
 * - Editors may trash and restore what is still the desk's own: a document that has never been
 *   published and that no reviewer has released (`draft`, `in_review`, `changes_requested`).
 *   Anything live, published before (it is part of what the column printed), approved or scheduled
 *   carries a reviewer's decision; an editor throwing it away would undo that decision unseen.
 *   Restoring is held to the same rule as trashing, so an editor cannot undo a reviewer's trashing.
 * - The bin never changes publication. A document keeps its workflow state in the trash and has
 *   it again when restored: restoring is undoing a mistake, and a story trashed while live comes
 *   back live (which is why only reviewers and admins may restore it). A `_status` sent along (the
 *   admin's restore dialog sends 'draft' or 'published') must say what is true, not change it:
 *   publishing goes through review, unpublishing through `unpublish`.
 *
 * Checks run in a fixed order: bad `_status` (400), not staff (403), an editor on a reviewer's
 * document (403), `_status` 'published' for a document that is not live (403), `_status` 'draft'
 * for a live one (409).
 */

export type TrashMove = 'trash' | 'restore'

/** The states in which a never-published document is still the desk's own. */
export const DESK_STATES: readonly WorkflowState[] = ['draft', 'in_review', 'changes_requested']

const LEADS: readonly Role[] = LEAD_ROLES
const STAFF: readonly Role[] = STAFF_ROLES

export interface TrashMoveInput {
  move: TrashMove
  /** Untrusted: anything that is not a list of strings holds no role. */
  roles: unknown
  /** The workflow state of the newest version. */
  state: WorkflowState
  /** Readers see it (trash), or saw it when it was trashed (restore): its live row is published. */
  live: boolean
  /** It has been published at some time (a published version or a publication on record). */
  everPublished: boolean
  /** Untrusted: the `_status` sent with the move, if any. */
  requestedStatus?: unknown
}

export type TrashRefusalCode =
  'invalid_status' | 'not_staff' | 'needs_lead' | 'publishes_without_review' | 'changes_publication'

export type TrashDecision =
  | {
      ok: true
      move: TrashMove
      /** The state the review log records for the step (from and to alike: the bin keeps it). */
      state: WorkflowState
    }
  | {
      ok: false
      status: 400 | 403 | 409
      code: TrashRefusalCode
      /** Chinese, then " / ", then English: what was wrong and what to do. */
      message: string
    }

export function decideTrashMove(input: TrashMoveInput): TrashDecision {
  const { move, live, everPublished, state } = input
  const requested = input.requestedStatus
  if (requested !== undefined && requested !== null && requested !== 'draft' && requested !== 'published') {
    return refuse(
      400,
      'invalid_status',
      '“_status”只能是 draft 或 published，也可以不填。',
      '"_status" must be draft or published, or left out.',
    )
  }

  const held = heldRoles(input.roles)
  if (!STAFF.some((role) => held.has(role))) {
    return refuse(403, 'not_staff', '只有编辑部人员可以使用回收站。', 'Only newsroom staff may use the trash.')
  }

  const lead = LEADS.some((role) => held.has(role))
  const desksOwn = !live && !everPublished && DESK_STATES.includes(state)
  if (!lead && !desksOwn) return needsLead(move, { live, everPublished, state })

  if (requested === 'published' && !live) {
    return refuse(
      403,
      'publishes_without_review',
      '这篇稿件不在网站上，恢复或移入回收站都不会发布它：发布只能通过审稿流程。请去掉“恢复为已发布版本”（或 _status）后重试。',
      'This document is not on the site, and the trash never publishes: publishing goes through review. Untick "restore as published" (or drop _status) and retry.',
    )
  }
  if (requested === 'draft' && live) {
    return move === 'restore'
      ? refuse(
          409,
          'changes_publication',
          '这篇稿件移入回收站时正在网站上，恢复后会重新上线。请勾选“恢复为已发布版本”后再恢复；若不想让它上线，恢复后请撤下。',
          'This document was on the site when it was trashed, and restoring brings it back online. Tick "restore as published" and restore again; to keep it offline, unpublish it after restoring.',
        )
      : refuse(
          409,
          'changes_publication',
          '移入回收站不会改变发布状态，不能同时把稿件改为草稿。请不带 _status 再试。',
          'Moving to the trash does not change publication, so it cannot also make the document a draft. Retry without _status.',
        )
  }
  return { ok: true, move, state: stateOnRecord(live, state) }
}

/**
 * The state the review log records for a step of the bin (as both from and to: the bin keeps it):
 * `published` while readers see the document, even when its newest version is a pending draft.
 */
export const stateOnRecord = (live: boolean, newestState: WorkflowState): WorkflowState =>
  live ? 'published' : newestState

// ---------------------------------------------------------------------------------------------

function heldRoles(roles: unknown): ReadonlySet<string> {
  if (!Array.isArray(roles)) return new Set()
  return new Set(roles.filter((role): role is string => typeof role === 'string'))
}

const refuse = (status: 400 | 403 | 409, code: TrashRefusalCode, zh: string, en: string): TrashDecision => ({
  ok: false,
  status,
  code,
  message: `${zh} / ${en}`,
})

/** Why an editor may not, and whom to ask: the reason named is the weightiest that applies. */
function needsLead(
  move: TrashMove,
  { live, everPublished, state }: Pick<TrashMoveInput, 'live' | 'everPublished' | 'state'>,
): TrashDecision {
  const verb = move === 'trash' ? { zh: '移入回收站', en: 'move it to the trash' } : { zh: '恢复', en: 'restore it' }
  const ask = { zh: '请联系审稿人或管理员。', en: 'Ask a reviewer or an administrator.' }
  if (live) {
    return move === 'trash'
      ? refuse(
          403,
          'needs_lead',
          `这篇稿件正在网站上，移入回收站就是把它撤下，只有审稿人或管理员可以这样做。${ask.zh}`,
          `This document is on the site: moving it to the trash takes it down, which only reviewers and administrators may do. ${ask.en}`,
        )
      : refuse(
          403,
          'needs_lead',
          `这篇稿件移入回收站时正在网站上，恢复会让它重新上线，只有审稿人或管理员可以恢复。${ask.zh}`,
          `This document was on the site when it was trashed: restoring it puts it back online, which only reviewers and administrators may do. ${ask.en}`,
        )
  }
  if (everPublished) {
    return refuse(
      403,
      'needs_lead',
      `这篇稿件发布过，属于专栏已见报的记录，只有审稿人或管理员可以${verb.zh}。${ask.zh}`,
      `This document has been published and is part of the column's record: only reviewers and administrators may ${verb.en}. ${ask.en}`,
    )
  }
  const label = STATE_LABELS[state] ?? { zh: String(state), en: String(state) }
  return refuse(
    403,
    'needs_lead',
    `这篇稿件处于「${label.zh}」状态，带着审稿人的决定，只有审稿人或管理员可以${verb.zh}。${ask.zh}`,
    `This document is "${label.en}", which carries a reviewer's decision: only reviewers and administrators may ${verb.en}. ${ask.en}`,
  )
}
