import type { Role } from '@/access/roles'

import { ACTION_LABELS, ACTION_PHRASES, isWorkflowAction, WORKFLOW_ACTIONS, type WorkflowAction } from './actions'
import { gateOnChecks, readOverrideReason, type GateCode } from './checksGate'
import { STATE_LABELS, type Label, type WorkflowState } from './states'
import { COMMENT_REQUIRED, FOUR_EYES_ACTIONS, ROLE_NAMES, TRANSITIONS, type Transition } from './transitions'

/**
 * Whether a user may take a workflow action on a document, and where it leads. Pure: the caller
 * (a Payload adapter) reads the document and the user, passes them in, and applies the result.
 *
 * Checks run in a fixed order, so one request always gets the same answer:
 *   1. unknown action                              -> 400
 *   2. comment missing (where required) or too long -> 400
 *   3. publication time malformed, misplaced, past  -> 400
 *   4. override reason malformed, misplaced, short  -> 400
 *   5. none of the user's roles may take the action -> 403
 *   6. four eyes: the user wrote this version       -> 403
 *   7. the action does not leave the current state  -> 409
 *   8. approve over error findings without a reason -> 422 (checksGate.ts)
 * Request errors come first (fixing them never depends on who asks); 409 and 422 come last
 * because only they depend on the document: its state, then what its text says.
 */

/** Longest comment kept, counted in characters as people count them (code points: 2000 汉字 or emoji fit). */
export const MAX_COMMENT_LENGTH = 2000

/**
 * A publication time at most this far behind `now` means "publish now": the form was filled in a
 * moment ago or the clocks differ slightly. Further back is a mistake the user must see.
 */
export const PUBLISH_NOW_TOLERANCE_MS = 60_000

export interface DecisionInput {
  state: WorkflowState
  /** Untrusted: straight from the request. */
  action: string
  /** Untrusted: unknown strings are ignored, never an error. */
  roles: string[]
  userId: string | number
  /** Everyone who wrote or last changed the content of the version being acted on. */
  contentAuthorIds: (string | number)[]
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
  now: Date
}

export interface Allowed {
  ok: true
  from: WorkflowState
  to: WorkflowState
  action: WorkflowAction
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
  | 'role_not_allowed'
  | 'four_eyes'
  | 'not_possible_in_state'
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
  const { action, state, now } = input
  if (!isWorkflowAction(action)) return unknownAction(action)

  const comment = readComment(action, input.comment)
  if (!comment.ok) return comment

  const schedule = readPublishAt(action, input.publishAt, now)
  if (!schedule.ok) return schedule

  const override = readOverrideReason(action, input.overrideChecks)
  if (!override.ok) return refuse(override.status, override.code, override.zh, override.en)

  const held = heldRoles(input.roles)
  if (!mayTakeAtAll(action, held)) return roleNotAllowed(action)

  const fourEyes = fourEyesObjection(action, input.userId, input.contentAuthorIds)
  if (fourEyes) return fourEyes

  const transition = transitionFrom(state, action, held)
  if (!transition)
    return notPossibleInState(state, action, availableActions(state, input.roles, input.userId, input.contentAuthorIds))

  const gate = gateOnChecks(action, input.checkErrors, override.reason)
  if (!gate.ok) return refuse(gate.status, gate.code, gate.zh, gate.en)

  const scheduledAt = schedule.publishAt
  const to = scheduledAt && transition.toWhenScheduled ? transition.toWhenScheduled : transition.to
  return {
    ok: true,
    from: state,
    to,
    action,
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

/**
 * The actions the admin should offer this user on this document now. It applies the same checks
 * as decideTransition (a required comment is asked for by the button, not a reason to hide it),
 * so a button offered here is never refused.
 */
export function availableActions(
  state: WorkflowState,
  roles: readonly string[],
  userId: string | number,
  contentAuthorIds: readonly (string | number)[],
): WorkflowAction[] {
  const held = heldRoles(roles)
  return WORKFLOW_ACTIONS.filter(
    (action) =>
      mayTakeAtAll(action, held) &&
      !fourEyesObjection(action, userId, contentAuthorIds) &&
      transitionFrom(state, action, held) !== undefined,
  )
}

/** Whether the action needs a comment; false for anything that is not an action. */
export const requiresComment = (action: string): boolean =>
  isWorkflowAction(action) && COMMENT_REQUIRED[action] !== undefined

// ---------------------------------------------------------------------------------------------
// Roles and transitions

type HeldRoles = ReadonlySet<string>

/** Roles are untrusted: anything that is not an array of strings holds no role; junk strings match no rule. */
function heldRoles(roles: unknown): HeldRoles {
  if (!Array.isArray(roles)) return new Set()
  return new Set(roles.filter((role): role is string => typeof role === 'string'))
}

const holdsAny = (held: HeldRoles, roles: readonly Role[]): boolean => roles.some((role) => held.has(role))

const transitionsOf = (action: WorkflowAction): Transition[] => TRANSITIONS.filter((t) => t.action === action)

/** Every role that may take the action from some state. */
const rolesFor = (action: WorkflowAction): Role[] => [...new Set(transitionsOf(action).flatMap((t) => t.roles))]

const mayTakeAtAll = (action: WorkflowAction, held: HeldRoles): boolean => holdsAny(held, rolesFor(action))

const transitionFrom = (state: WorkflowState, action: WorkflowAction, held: HeldRoles): Transition | undefined =>
  TRANSITIONS.find((t) => t.action === action && t.from.includes(state) && holdsAny(held, t.roles))

// ---------------------------------------------------------------------------------------------
// Four eyes

/** Ids compare as strings: the same user may arrive as 7 from the session and '7' from a relation. */
const idKey = (id: unknown): string | null =>
  (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : null

function fourEyesObjection(action: WorkflowAction, userId: unknown, contentAuthorIds: unknown): Refusal | undefined {
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
  const others = joinNames(rolesFor(action), 'or')
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
      `只有「${ACTION_LABELS.publish.zh}」可以指定发布时间，「${label.zh}」不接受。请去掉发布时间后重试。`,
      `Only "${ACTION_LABELS.publish.en}" takes a publication time, "${label.en}" does not. Remove it and retry.`,
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

/** "审稿人或管理员" / "reviewers and administrators", in the order of ROLE_NAMES. */
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

function roleNotAllowed(action: WorkflowAction): Refusal {
  const who = joinNames(rolesFor(action), 'and')
  return refuse(
    403,
    'role_not_allowed',
    `只有${who.zh}可以${ACTION_PHRASES[action].zh}。`,
    `Only ${who.en} may ${ACTION_PHRASES[action].en}.`,
  )
}

function notPossibleInState(state: WorkflowState, action: WorkflowAction, yours: WorkflowAction[]): Refusal {
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
  const zhOthers = others.map((t) => `${ACTION_LABELS[t.action].zh}（${joinNames(t.roles, 'or').zh}）`)
  const enOthers = others.map((t) => `${ACTION_LABELS[t.action].en} (${joinNames(t.roles, 'or').en})`)
  const zhTail = others.length > 0 ? `此状态下可执行：${zhOthers.join('、')}。` : ''
  const enTail = others.length > 0 ? ` Possible in this state: ${enOthers.join(', ')}.` : ''
  return refuse(
    409,
    'not_possible_in_state',
    `${what}您现在没有可执行的操作。${zhTail}`,
    `${whatEn} There is nothing you can do with it now.${enTail}`,
  )
}
