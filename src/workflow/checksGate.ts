import type { WorkflowAction } from './actions'

/**
 * The review checks' say in the workflow: an `approve` at any stage (and a 签发) is refused while the article has findings
 * of severity `error` (a figure, count or date that contradicts the records or cannot exist),
 * unless the reviewer overrides them with a written reason, which goes into the review log.
 *
 * The checks are not the last word — records can be out of date and the checker can be wrong —
 * so a reviewer may approve over them, but never silently. Warnings and infos never block.
 * Pure: the adapter runs the checks and passes the number of errors in.
 */

/** Shortest override reason, in characters as people count them: "已与财政局核实" is 7, "核实" (2) says nothing. */
export const MIN_OVERRIDE_REASON_LENGTH = 4
export const MAX_OVERRIDE_REASON_LENGTH = 2000

/** The actions the gate stands in front of. */
const GATED: readonly WorkflowAction[] = ['approve', 'sign_off']

export type GateCode =
  'invalid_override' | 'override_not_allowed' | 'override_too_short' | 'override_too_long' | 'check_errors'

export interface GateObjection {
  status: 400 | 422
  code: GateCode
  zh: string
  en: string
}

export type OverrideResult = { ok: true; reason?: string } | ({ ok: false } & GateObjection)

const objection = (status: 400 | 422, code: GateCode, zh: string, en: string): { ok: false } & GateObjection => ({
  ok: false,
  status,
  code,
  zh,
  en,
})

/**
 * Reads the untrusted override reason of a request. Blank counts as absent; a reason is taken
 * only with an action the gate covers, so nobody believes an override was recorded when it was not.
 */
export function readOverrideReason(action: WorkflowAction, raw: unknown): OverrideResult {
  if (raw === undefined || raw === null) return { ok: true }
  if (typeof raw !== 'string') {
    return objection(400, 'invalid_override', '忽略核查的理由必须是文字。', 'The override reason must be text.')
  }
  const reason = raw.trim()
  if (reason === '') return { ok: true }
  if (!GATED.includes(action)) {
    return objection(
      400,
      'override_not_allowed',
      '只有“通过”或“签发”时可以填写忽略核查的理由，请去掉后重试。',
      'An override reason is only taken when approving or signing off; remove it and retry.',
    )
  }
  const length = [...reason].length
  if (length < MIN_OVERRIDE_REASON_LENGTH) {
    return objection(
      400,
      'override_too_short',
      `忽略核查的理由至少 ${MIN_OVERRIDE_REASON_LENGTH} 个字，请写明为什么这些错误可以不改（例如已与哪个单位核实）。`,
      `The override reason needs at least ${MIN_OVERRIDE_REASON_LENGTH} characters: say why the errors may stand (e.g. who confirmed the figures).`,
    )
  }
  if (length > MAX_OVERRIDE_REASON_LENGTH) {
    return objection(
      400,
      'override_too_long',
      `忽略核查的理由最多 ${MAX_OVERRIDE_REASON_LENGTH} 字，当前 ${length} 字。`,
      `The override reason may have at most ${MAX_OVERRIDE_REASON_LENGTH} characters and has ${length}.`,
    )
  }
  return { ok: true, reason }
}

/** What the gate lets through: nothing to say, or an approval over errors with its reason. */
export type GatePass = { ok: true; override?: { errors: number; reason: string } }

/**
 * Whether the check results stop this action. `errors` is undefined when no checks ran (projects,
 * honors, the server's own steps): then there is nothing to gate.
 */
export function gateOnChecks(
  action: WorkflowAction,
  errors: number | undefined,
  reason: string | undefined,
): GatePass | ({ ok: false } & GateObjection) {
  if (!GATED.includes(action) || errors === undefined || errors <= 0) return { ok: true }
  if (reason) return { ok: true, override: { errors, reason } }
  return objection(
    422,
    'check_errors',
    `稿件核查发现 ${errors} 处错误（与记录不符或不可能的数字、日期等），不能直接通过。请先退回修改；如确认无误，请填写忽略核查的理由后再通过。`,
    `The checks found ${errors} error${errors === 1 ? '' : 's'} (figures or dates that contradict the records or cannot exist), so the article cannot simply be approved. Request changes, or if the text is right, give a reason for overriding the checks and approve again.`,
  )
}
