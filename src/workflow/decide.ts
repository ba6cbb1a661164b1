import { ADMIN_ROLE, type Role } from '@/access/roles'

import { ACTION_LABELS, ACTION_PHRASES, isWorkflowAction, WORKFLOW_ACTIONS, type WorkflowAction } from './actions'
import { gateOnChecks, readOverrideReason, type GateCode } from './checksGate'
import { releaseStage, type StageDefinition, type WorkflowDefinition } from './stages/definition'
import {
  enterFirstStage,
  NOT_IN_REVIEW,
  passedBy,
  snapshotOf,
  stageAfter,
  type ReviewPosition,
  type StagePass,
  type StageSnapshot,
} from './stages/position'
import { STATE_LABELS, type Label, type WorkflowState } from './states'
import {
  APPROVED_FOR_RELEASE,
  COMMENT_REQUIRED,
  FOUR_EYES_ACTIONS,
  ROLE_NAMES,
  STAGE_COMMENT_HINT,
  STAGE_PASSING_ACTIONS,
  TRANSITIONS,
  type Transition,
  type Who,
} from './transitions'

/**
 * Whether a user may take a workflow action on a document, and where it leads. Pure: the caller
 * (a Payload adapter) reads the document, its collection's workflow and the user, passes them in,
 * and applies the result.
 *
 * Checks run in a fixed order, so one request always gets the same answer:
 *   1. unknown action                                   -> 400
 *   2. comment missing (where required) or too long     -> 400
 *   3. publication time malformed, misplaced, past      -> 400
 *   4. override reason malformed, misplaced, short      -> 400
 *   5. assignee missing (reassign) or misplaced         -> 400
 *   6. none of the user's roles may ever take the action -> 403
 *      (in this workflow, or at the stage the version entered)
 *   7. four eyes: the user wrote this version           -> 403
 *   8. the action does not leave the current state      -> 409
 *   9. at this stage: not one of its people, assigned to
 *      someone else (403), already passed another stage
 *      of this version (403), 签发 before the release
 *      stage (409), the stage's opinion missing (400);
 *      publishing: the release stage assigned to someone
 *      else, or no 签发 on record and the publisher
 *      passed another stage (403)
 *  10. reassign: the person named may not take the stage -> 422
 *  11. approve over error findings without a reason     -> 422 (checksGate.ts)
 * Request errors come first (fixing them never depends on who asks); those that depend on the
 * document come last: its state, its stage, then what its text says.
 */

/** Longest comment kept, counted in characters as people count them (code points: 2000 汉字 or emoji fit). */
export const MAX_COMMENT_LENGTH = 2000

/**
 * A publication time at most this far behind `now` means "publish now": the form was filled in a
 * moment ago or the clocks differ slightly. Further back is a mistake the user must see.
 */
export const PUBLISH_NOW_TOLERANCE_MS = 60_000

/** Who an administrator names to take over a stage, as the adapter found them (null: no such user). */
export interface Assignee {
  id: string | number
  roles: readonly string[]
  name?: string
}

export interface DecisionInput {
  state: WorkflowState
  /** Untrusted: straight from the request. */
  action: string
  /** Untrusted: unknown strings are ignored, never an error. */
  roles: readonly string[]
  userId: string | number
  /** The name the sign-off chain records for this user (their real name). */
  userName?: string
  /** Everyone who wrote or last changed the content of the version being acted on. */
  contentAuthorIds: readonly (string | number)[]
  /** The stages of the document's collection, as they are defined now. */
  workflow: WorkflowDefinition
  /** Where the version acted on stands in review; absent counts as not in review. */
  position?: ReviewPosition
  comment?: string
  /** Untrusted ISO-8601 date-time with a time zone; blank counts as absent. */
  publishAt?: string
  /**
   * How many `error` findings the review checks report on the version acted on; undefined when no
   * checks ran (projects, honors, the server's own steps).
   */
  checkErrors?: number
  /** Untrusted: the reviewer's reason for approving over error findings; blank counts as absent. */
  overrideChecks?: string
  /** Untrusted: whom `reassign` hands the stage to (a user id), as sent. */
  assigneeId?: unknown
  /** That user, looked up by the adapter; null when there is no such user. */
  assignee?: Assignee | null
  now: Date
}

export interface Allowed {
  ok: true
  from: WorkflowState
  to: WorkflowState
  action: WorkflowAction
  /** The stage the step was taken at (the review log records it); absent outside review. */
  stage?: StageSnapshot
  /** Where the version stands after the step: saved with it. */
  position: ReviewPosition
  /** Trimmed; absent when none was given. */
  comment?: string
  /** Normalized UTC ISO string; present exactly when `to` is `scheduled`. */
  publishAt?: string
  /** Present when checks ran: how many errors they found, and the reason when approved over them. */
  checks?: { errors: number; overrideReason?: string }
}

export type RefusalCode =
  | 'unknown_action'
  | 'invalid_comment'
  | 'comment_required'
  | 'comment_too_long'
  | 'publish_at_not_allowed'
  | 'invalid_publish_at'
  | 'publish_at_in_past'
  | 'assignee_required'
  | 'assignee_not_allowed'
  | 'role_not_allowed'
  | 'four_eyes'
  | 'not_possible_in_state'
  | 'not_your_stage'
  | 'assigned_to_another'
  | 'different_eyes'
  | 'not_release_stage'
  | 'invalid_assignee'
  | GateCode

export interface Refusal {
  ok: false
  status: 400 | 403 | 409 | 422
  code: RefusalCode
  /** Chinese, then " / ", then English: what was wrong and what to do. */
  message: string
}

export type Decision = Allowed | Refusal

export function decideTransition(input: DecisionInput): Decision {
  const { action, state, now, workflow } = input
  if (!isWorkflowAction(action)) return unknownAction(action)

  const comment = readComment(action, input.comment)
  if (!comment.ok) return comment

  const schedule = readPublishAt(action, input.publishAt, now)
  if (!schedule.ok) return schedule

  const override = readOverrideReason(action, input.overrideChecks)
  if (!override.ok) return refuse(override.status, override.code, override.zh, override.en)

  const assigneeObjection = readAssignee(action, input.assigneeId)
  if (assigneeObjection) return assigneeObjection

  const held = heldRoles(input.roles)
  const position = input.position ?? NOT_IN_REVIEW
  const stage = stageOf(state, position, workflow, now)
  if (!mayTakeAtAll(action, held, workflow, stage)) return roleNotAllowed(action, workflow, stage)

  const fourEyes = fourEyesObjection(action, input.userId, input.contentAuthorIds, workflow)
  if (fourEyes) return fourEyes

  const transition = transitionFrom(state, action)
  if (!transition) return notPossibleInState(state, action, availableActions(input), workflow)

  const atStage = stageObjection(transition, action, stage, position, held, input.userId, comment.comment)
  if (atStage) return atStage

  const reassigning = action === 'reassign' ? assigneeCheck(input, stage, position) : undefined
  if (reassigning && !reassigning.ok) return reassigning

  const gate = gateOnChecks(action, input.checkErrors, override.reason)
  if (!gate.ok) return refuse(gate.status, gate.code, gate.zh, gate.en)

  const scheduledAt = schedule.publishAt
  const move = moveOf(input, transition, stage, position, scheduledAt !== undefined)
  return {
    ok: true,
    from: state,
    to: move.to,
    action,
    ...(stage && { stage }),
    position: move.position,
    ...(comment.comment !== undefined && { comment: comment.comment }),
    ...(scheduledAt && { publishAt: scheduledAt.toISOString() }),
    ...(input.checkErrors !== undefined && {
      checks: {
        errors: input.checkErrors,
        ...(gate.override && { overrideReason: gate.override.reason }),
      },
    }),
  }
}

export type ActionsInput = Pick<
  DecisionInput,
  'state' | 'roles' | 'userId' | 'contentAuthorIds' | 'workflow' | 'position' | 'now'
>

/**
 * The actions the admin should offer this user on this document now. It applies the same checks
 * as decideTransition (a required comment is asked for by the button, not a reason to hide it),
 * so a button offered here is never refused for who the user is or where the document stands.
 * `reassign` is offered to administrators whenever a stage is open; whom to name is theirs to pick.
 */
export function availableActions(input: ActionsInput): WorkflowAction[] {
  const held = heldRoles(input.roles)
  const position = input.position ?? NOT_IN_REVIEW
  const stage = stageOf(input.state, position, input.workflow, input.now)
  return WORKFLOW_ACTIONS.filter((action) => {
    if (!mayTakeAtAll(action, held, input.workflow, stage)) return false
    if (fourEyesObjection(action, input.userId, input.contentAuthorIds, input.workflow)) return false
    const transition = transitionFrom(input.state, action)
    if (!transition) return false
    // The stage's opinion is asked for by the form: pretend it was written.
    return !stageObjection(transition, action, stage, position, held, input.userId, 'opinion')
  })
}

/** Whether the action needs a comment at this stage; false for anything that is not an action. */
export function requiresComment(action: string, stage?: Pick<StageDefinition, 'commentRequired'> | null): boolean {
  if (!isWorkflowAction(action)) return false
  if (COMMENT_REQUIRED[action] !== undefined) return true
  return STAGE_PASSING_ACTIONS.includes(action) && Boolean(stage?.commentRequired)
}

/**
 * The stage a version in review sits at. Versions saved before the stages existed (or whose
 * record was lost) sit at the first stage while in review and at the release stage once approved.
 */
export function stageOf(
  state: WorkflowState,
  position: ReviewPosition,
  workflow: WorkflowDefinition,
  now: Date,
): StageSnapshot | undefined {
  if (position.stage) return position.stage
  if (state === 'in_review') return enterFirstStage(workflow, now).stage ?? undefined
  if (state === 'approved' || state === 'scheduled') {
    const release = releaseStage(workflow)
    return release ? snapshotOf(release, workflow.stages.indexOf(release), now) : undefined
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Roles and transitions

type HeldRoles = ReadonlySet<string>

/** Roles are untrusted: anything that is not an array of strings holds no role; junk strings match no rule. */
function heldRoles(roles: unknown): HeldRoles {
  if (!Array.isArray(roles)) return new Set()
  return new Set(roles.filter((role): role is string => typeof role === 'string'))
}

const holdsAny = (held: HeldRoles, roles: readonly Role[]): boolean => roles.some((role) => held.has(role))

const WRITERS: readonly Role[] = ['editor', 'first_reviewer', 'second_reviewer', 'final_reviewer', ADMIN_ROLE]

/** Admins count among the people of every stage. */
const stageRoles = (stage: Pick<StageDefinition, 'roles'> | undefined): Role[] => [
  ...new Set<Role>([...(stage?.roles ?? []), ADMIN_ROLE]),
]

/** The roles a kind of person stands for in this workflow. */
function rolesOf(who: Who, workflow: WorkflowDefinition): Role[] {
  if (who === 'writers') return [...WRITERS]
  if (who === 'admins') return [ADMIN_ROLE]
  if (who === 'release') return stageRoles(releaseStage(workflow))
  return stageRoles({ roles: workflow.stages.flatMap((stage) => stage.roles) })
}

const transitionsOf = (action: WorkflowAction): Transition[] => TRANSITIONS.filter((t) => t.action === action)

/**
 * Every role that may take the action at some stage and from some state. A version finishes the
 * stage it entered as the definition said then (`stage`, its snapshot): the roles that stage named
 * may act at it even when an administrator has since removed the stage or changed its roles.
 */
function rolesFor(action: WorkflowAction, workflow: WorkflowDefinition, stage?: StageSnapshot): Role[] {
  const roles = transitionsOf(action).flatMap((t) =>
    // 签发 happens at the release stage only.
    action === 'sign_off' ? rolesOf('release', workflow) : rolesOf(t.who, workflow),
  )
  const atStage = transitionsOf(action).some((t) => t.who === 'stage') && (action !== 'sign_off' || stage?.release)
  return [...new Set([...roles, ...(stage && atStage ? stageRoles(stage) : [])])]
}

const mayTakeAtAll = (
  action: WorkflowAction,
  held: HeldRoles,
  workflow: WorkflowDefinition,
  stage: StageSnapshot | undefined,
): boolean => holdsAny(held, rolesFor(action, workflow, stage))

const transitionFrom = (state: WorkflowState, action: WorkflowAction): Transition | undefined =>
  TRANSITIONS.find((t) => t.action === action && t.from.includes(state))

// ---------------------------------------------------------------------------------------------
// The stage

/**
 * Why this user may not take a stage action at the stage the version sits at, if they may not.
 * availableActions asks it too, so everything refused here is also never offered.
 */
function stageObjection(
  transition: Transition,
  action: WorkflowAction,
  stage: StageSnapshot | undefined,
  position: ReviewPosition,
  held: HeldRoles,
  userId: unknown,
  comment: string | undefined,
): Refusal | undefined {
  if (action === 'publish') return publishObjection(stage, position, held, userId)
  if (transition.who !== 'stage') return undefined
  // In review without any stage: a workflow with no stages, which validation never lets through.
  if (!stage) return undefined
  if (!holdsAny(held, stageRoles(stage))) {
    const who = joinNames(stageRoles(stage), 'or')
    return refuse(
      403,
      'not_your_stage',
      `稿件正处于「${stage.name.zh}」阶段，由${who.zh}审核，您不能${ACTION_PHRASES[action].zh}。`,
      `The document is at the “${stage.name.en}” stage, which ${who.en} review: you may not ${ACTION_PHRASES[action].en} it.`,
    )
  }
  const assigned = assignedObjection(action, stage, position, held, userId)
  if (assigned) return assigned
  if (STAGE_PASSING_ACTIONS.includes(action)) {
    const earlier = idKey(userId) === null ? undefined : passedBy(position, userId as string | number)
    if (earlier) {
      return refuse(
        403,
        'different_eyes',
        `您已审核通过这一版本的「${earlier.stage.zh}」，不能再审核「${stage.name.zh}」：每个阶段须由不同的人审核。请由其他${joinNames(stageRoles(stage), 'or').zh}处理。`,
        `You passed this version at “${earlier.stage.en}” and may not pass it at “${stage.name.en}” too: every stage needs a different person. Ask one of the other ${joinNames(stageRoles(stage), 'or').en}.`,
      )
    }
    if (action === 'sign_off' && !stage.release) {
      return refuse(
        409,
        'not_release_stage',
        `签发只能在签发阶段进行，稿件当前处于「${stage.name.zh}」阶段。请先“通过”本阶段。`,
        `Signing off happens at the release stage only; the document is at “${stage.name.en}”. Approve this stage first.`,
      )
    }
    if (stage.commentRequired && !comment) {
      return refuse(
        400,
        'comment_required',
        `「${stage.name.zh}」阶段通过时需要填写意见：${STAGE_COMMENT_HINT.zh}。`,
        `Passing the “${stage.name.en}” stage needs a comment: ${STAGE_COMMENT_HINT.en}.`,
      )
    }
  }
  return undefined
}

/** An administrator handed the stage to one person: everyone else but administrators is refused. */
function assignedObjection(
  action: WorkflowAction,
  stage: StageSnapshot,
  position: ReviewPosition,
  held: HeldRoles,
  userId: unknown,
): Refusal | undefined {
  const assigned = position.assigneeId
  if (assigned === null || assigned === undefined || String(assigned) === String(userId) || held.has(ADMIN_ROLE)) {
    return undefined
  }
  return refuse(
    403,
    'assigned_to_another',
    `管理员已把这篇稿件的「${stage.name.zh}」改派给另一位同事，您不能${ACTION_PHRASES[action].zh}。`,
    `An administrator handed the “${stage.name.en}” stage of this document to a colleague: you may not ${ACTION_PHRASES[action].en} it.`,
  )
}

/**
 * Publishing an approved version is the release stage's act: an administrator's assignment of
 * that stage holds for it too. A version approved before the stages existed has no 签发 on
 * record: whoever publishes it signs it off (moveOf records the pass), so they must not have
 * passed another stage of it.
 */
function publishObjection(
  stage: StageSnapshot | undefined,
  position: ReviewPosition,
  held: HeldRoles,
  userId: unknown,
): Refusal | undefined {
  if (!stage) return undefined
  const assigned = assignedObjection('publish', stage, position, held, userId)
  if (assigned) return assigned
  if (position.passes.some((p) => p.stageKey === stage.key)) return undefined
  const earlier = idKey(userId) === null ? undefined : passedBy(position, userId as string | number)
  if (!earlier) return undefined
  return refuse(
    403,
    'different_eyes',
    `您已审核通过这一版本的「${earlier.stage.zh}」，发布即签发，须由另一位审核人进行。`,
    `You passed this version at “${earlier.stage.en}”; publishing it signs it off, which needs another person.`,
  )
}

type Move = { ok: true; to: WorkflowState; position: ReviewPosition }

/** Where the step leads and where the version stands after it. */
function moveOf(
  input: DecisionInput,
  transition: Transition,
  stage: StageSnapshot | undefined,
  position: ReviewPosition,
  scheduled: boolean,
): Move {
  const { action, now, workflow } = input
  const pass = (at: StageSnapshot, kind: StagePass['action']): StagePass => ({
    stageKey: at.key,
    stage: at.name,
    printedAs: at.printedAs,
    userId: input.userId,
    name: input.userName ?? String(input.userId),
    at: now.toISOString(),
    action: kind,
  })
  const released = scheduled && transition.toWhenScheduled ? transition.toWhenScheduled : transition.to
  switch (action) {
    case 'submit':
      return { ok: true, to: transition.to, position: enterFirstStage(workflow, now) }
    case 'withdraw':
    case 'request_changes':
      return { ok: true, to: transition.to, position: NOT_IN_REVIEW }
    case 'approve': {
      if (!stage) return { ok: true, to: APPROVED_FOR_RELEASE, position }
      const passes = [...position.passes, pass(stage, 'approve')]
      const next = stageAfter(workflow, stage)
      if (!next) return { ok: true, to: APPROVED_FOR_RELEASE, position: { stage, passes, assigneeId: null } }
      return {
        ok: true,
        to: 'in_review',
        position: { stage: snapshotOf(next.stage, next.index, now), passes, assigneeId: null },
      }
    }
    case 'sign_off':
      return {
        ok: true,
        to: released,
        position: stage ? { stage, passes: [...position.passes, pass(stage, 'sign_off')], assigneeId: null } : position,
      }
    case 'publish': {
      // Publishing leaves the release stage: its assignment ends. A version without a 签发 on
      // record gets the publisher's (publishObjection made sure they may give it).
      const signed = !stage || position.passes.some((p) => p.stageKey === stage.key)
      const passes = signed || !stage ? position.passes : [...position.passes, pass(stage, 'publish')]
      return { ok: true, to: released, position: { ...position, passes, assigneeId: null } }
    }
    case 'reassign':
      return {
        ok: true,
        to: input.state,
        position: { ...position, stage: stage ?? position.stage, assigneeId: input.assignee?.id ?? null },
      }
    default:
      return { ok: true, to: released, position }
  }
}

// ---------------------------------------------------------------------------------------------
// Reassigning a stage

function readAssignee(action: WorkflowAction, raw: unknown): Refusal | undefined {
  const given = raw !== undefined && raw !== null && raw !== ''
  if (action === 'reassign' && !given) {
    return refuse(
      400,
      'assignee_required',
      '改派需要指定接手的同事（assignee：用户编号）。',
      'Reassigning needs the colleague who takes over (assignee: a user id).',
    )
  }
  if (action !== 'reassign' && given) {
    return refuse(
      400,
      'assignee_not_allowed',
      `只有「${ACTION_LABELS.reassign.zh}」可以指定接手人，「${ACTION_LABELS[action].zh}」不接受。`,
      `Only "${ACTION_LABELS.reassign.en}" takes an assignee, "${ACTION_LABELS[action].en}" does not.`,
    )
  }
  return undefined
}

/** The person named must be one of the stage's people, and not barred from it by four or different eyes. */
function assigneeCheck(
  input: DecisionInput,
  stage: StageSnapshot | undefined,
  position: ReviewPosition,
): Refusal | { ok: true } {
  const person = input.assignee
  const stageName = stage?.name ?? { zh: '当前', en: 'current' }
  if (!person) {
    return refuse(
      422,
      'invalid_assignee',
      `找不到要改派的同事 ${quote(String(input.assigneeId))}。`,
      `There is no colleague ${quote(String(input.assigneeId))} to hand the stage to.`,
    )
  }
  if (!holdsAny(heldRoles(person.roles), stageRoles(stage))) {
    const who = joinNames(stageRoles(stage), 'or')
    return refuse(
      422,
      'invalid_assignee',
      `只能改派给「${stageName.zh}」阶段的审核人（${who.zh}）；改派不能跳过阶段。`,
      `The stage “${stageName.en}” can only be handed to its own people (${who.en}); reassigning never skips a stage.`,
    )
  }
  const authors = input.contentAuthorIds.map(idKey)
  // Having passed this very stage (an approved version waiting to be published) is no bar.
  const passedAnother = position.passes.some((p) => String(p.userId) === String(person.id) && p.stageKey !== stage?.key)
  if (authors.includes(idKey(person.id)) || passedAnother) {
    return refuse(
      422,
      'invalid_assignee',
      '这位同事撰写、修改过这一版本或已审核过它的另一阶段，不能再审核它。请改派给其他人。',
      'That colleague wrote or changed this version, or passed another stage of it, and may not review it. Pick someone else.',
    )
  }
  return { ok: true }
}

// ---------------------------------------------------------------------------------------------
// Four eyes

/** Ids compare as strings: the same user may arrive as 7 from the session and '7' from a relation. */
const idKey = (id: unknown): string | null =>
  (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : null

function fourEyesObjection(
  action: WorkflowAction,
  userId: unknown,
  contentAuthorIds: unknown,
  workflow: WorkflowDefinition,
): Refusal | undefined {
  if (!FOUR_EYES_ACTIONS.includes(action)) return undefined
  const user = idKey(userId)
  // A user without an id cannot be told apart from the authors: refuse rather than guess.
  if (user === null) {
    return refuse(
      403,
      'four_eyes',
      `无法确认您的身份，因此不能${ACTION_PHRASES[action].zh}。请重新登录后再试。`,
      `Your account could not be identified, so you may not ${ACTION_PHRASES[action].en}. Log in again and retry.`,
    )
  }
  const authors = Array.isArray(contentAuthorIds) ? contentAuthorIds.map(idKey) : []
  if (!authors.includes(user)) return undefined
  const others = joinNames(rolesFor(action, workflow), 'or')
  return refuse(
    403,
    'four_eyes',
    `您撰写或修改过这一版本，不能自己${ACTION_PHRASES[action].zh}。请由另一位${others.zh}处理。`,
    `You wrote or changed this version, so you may not ${ACTION_PHRASES[action].en} it yourself. Ask one of the other ${others.en}.`,
  )
}

// ---------------------------------------------------------------------------------------------
// Comment

type CommentResult = { ok: true; comment?: string } | Refusal

function readComment(action: WorkflowAction, raw: unknown): CommentResult {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') {
    return refuse(400, 'invalid_comment', '意见必须是文字。', 'The comment must be text.')
  }
  const text = (raw ?? '').trim()
  const length = [...text].length
  if (length > MAX_COMMENT_LENGTH) {
    return refuse(
      400,
      'comment_too_long',
      `意见最多 ${MAX_COMMENT_LENGTH} 字，当前 ${length} 字，请精简后再提交。`,
      `The comment may have at most ${MAX_COMMENT_LENGTH} characters and has ${length}; shorten it and retry.`,
    )
  }
  const hint = COMMENT_REQUIRED[action]
  if (text === '' && hint) {
    const label = ACTION_LABELS[action]
    return refuse(
      400,
      'comment_required',
      `「${label.zh}」需要填写意见：${hint.zh}。`,
      `"${label.en}" needs a comment: ${hint.en}.`,
    )
  }
  return text === '' ? { ok: true } : { ok: true, comment: text }
}

// ---------------------------------------------------------------------------------------------
// Publication time

type PublishAtResult = { ok: true; publishAt?: Date } | Refusal

const EXAMPLE_TIME = '2025-07-01T08:00:00+08:00'

/** A publication time is meaningful only for an action whose transition can be scheduled. */
const acceptsPublishAt = (action: WorkflowAction): boolean =>
  transitionsOf(action).some((t) => t.toWhenScheduled !== undefined)

function readPublishAt(action: WorkflowAction, raw: unknown, now: Date): PublishAtResult {
  // An emptied date field arrives as '' or null: that is "no time given", not a bad time.
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { ok: true }

  if (!acceptsPublishAt(action)) {
    const label = ACTION_LABELS[action]
    return refuse(
      400,
      'publish_at_not_allowed',
      `只有「${ACTION_LABELS.publish.zh}」和「${ACTION_LABELS.sign_off.zh}」可以指定发布时间，「${label.zh}」不接受。请去掉发布时间后重试。`,
      `Only "${ACTION_LABELS.publish.en}" and "${ACTION_LABELS.sign_off.en}" take a publication time, "${label.en}" does not. Remove it and retry.`,
    )
  }

  const at = typeof raw === 'string' ? parseIsoDateTime(raw.trim()) : null
  if (!at) {
    return refuse(
      400,
      'invalid_publish_at',
      `发布时间${quote(raw)}不是有效的 ISO-8601 时间。请使用带时区的完整时间，例如 ${EXAMPLE_TIME}。`,
      `The publication time ${quote(raw)} is not a valid ISO-8601 date-time. Give a full time with a time zone, e.g. ${EXAMPLE_TIME}.`,
    )
  }

  const behind = now.getTime() - at.getTime()
  if (behind < 0) return { ok: true, publishAt: at }
  if (behind <= PUBLISH_NOW_TOLERANCE_MS) return { ok: true }
  return refuse(
    400,
    'publish_at_in_past',
    `发布时间 ${at.toISOString()} 已经过去。要立即发布请不填发布时间，要定时发布请选择将来的时间。`,
    `The publication time ${at.toISOString()} is in the past. Leave it empty to publish now, or pick a future time to schedule.`,
  )
}

// Date.parse is too lenient for untrusted input: it rolls 2025-02-30 over into March and reads a
// time without a zone in the server's zone. A newsroom in UTC+8 must not publish 8 hours off.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/

/** A strict ISO-8601 date-time with a zone ('Z' or ±hh:mm), or null. */
function parseIsoDateTime(text: string): Date | null {
  const match = ISO_DATE_TIME.exec(text)
  if (!match) return null
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, oh = '0', om = '0'] = match
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as number[]
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3))
  const offsetMinutes = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om))
  if (hour > 23 || minute > 59 || second > 59 || Number(oh) > 23 || Number(om) > 59) return null

  const date = new Date(0)
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, millis)
  const sameDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  if (!sameDay) return null
  return new Date(date.getTime() - offsetMinutes * 60_000)
}

// ---------------------------------------------------------------------------------------------
// Messages

const refuse = (status: Refusal['status'], code: RefusalCode, zh: string, en: string): Refusal => ({
  ok: false,
  status,
  code,
  message: `${zh} / ${en}`,
})

/** An untrusted value, shortened and cleaned for a message. */
function quote(value: unknown): string {
  if (typeof value !== 'string') return `(${value === null ? 'null' : typeof value})`
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean)
}

/** "责任编辑或管理员" / "responsible editors or administrators", in the order of ROLE_NAMES. */
function joinNames(roles: readonly Role[], en: 'and' | 'or'): Label {
  const names = (Object.keys(ROLE_NAMES) as Role[]).filter((role) => roles.includes(role)).map((r) => ROLE_NAMES[r])
  return {
    zh: joinList(
      names.map((n) => n.zh),
      '或',
    ),
    en: joinListEn(
      names.map((n) => n.en),
      en,
    ),
  }
}

function joinList(words: string[], last: string): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join('、')}${last}${words[words.length - 1]}`
}

function joinListEn(words: string[], last: string): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`
}

function unknownAction(action: unknown): Refusal {
  const known = WORKFLOW_ACTIONS.map((a) => `${ACTION_LABELS[a].zh}（${a}）`).join('、')
  return refuse(
    400,
    'unknown_action',
    `未知的操作${quote(action)}。可用的操作：${known}。`,
    `Unknown action ${quote(action)}. Known actions: ${WORKFLOW_ACTIONS.join(', ')}.`,
  )
}

function roleNotAllowed(action: WorkflowAction, workflow: WorkflowDefinition, stage?: StageSnapshot): Refusal {
  const who = joinNames(rolesFor(action, workflow, stage), 'and')
  return refuse(
    403,
    'role_not_allowed',
    `只有${who.zh}可以${ACTION_PHRASES[action].zh}。`,
    `Only ${who.en} may ${ACTION_PHRASES[action].en}.`,
  )
}

function notPossibleInState(
  state: WorkflowState,
  action: WorkflowAction,
  yours: WorkflowAction[],
  workflow: WorkflowDefinition,
): Refusal {
  // The state comes from the database; an unexpected value is named as it is rather than crashing.
  const here = STATE_LABELS[state] ?? { zh: String(state), en: String(state) }
  const label = ACTION_LABELS[action]
  const what = `稿件当前状态为「${here.zh}」，不能执行「${label.zh}」。`
  const whatEn = `The document is "${here.en}", so "${label.en}" is not possible.`
  if (yours.length > 0) {
    return refuse(
      409,
      'not_possible_in_state',
      `${what}您现在可以：${yours.map((a) => ACTION_LABELS[a].zh).join('、')}。`,
      `${whatEn} You can now: ${yours.map((a) => ACTION_LABELS[a].en).join(', ')}.`,
    )
  }
  // Nothing for this user: say who can move the document on, so they know whom to ask.
  const others = TRANSITIONS.filter((t) => t.from.includes(state))
  const roles = (t: Transition) => joinNames(rolesOf(t.who, workflow), 'or')
  const zhOthers = others.map((t) => `${ACTION_LABELS[t.action].zh}（${roles(t).zh}）`)
  const enOthers = others.map((t) => `${ACTION_LABELS[t.action].en} (${roles(t).en})`)
  const zhTail = others.length > 0 ? `此状态下可执行：${zhOthers.join('、')}。` : ''
  const enTail = others.length > 0 ? ` Possible in this state: ${enOthers.join(', ')}.` : ''
  return refuse(
    409,
    'not_possible_in_state',
    `${what}您现在没有可执行的操作。${zhTail}`,
    `${whatEn} There is nothing you can do with it now.${enTail}`,
  )
}
