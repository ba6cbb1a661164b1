import { authorIds } from './authorIds'
import { relationId } from './positionRecord'

const sameIds = (a: unknown, b: unknown) => {
  const left = authorIds(a).map(String).sort()
  const right = authorIds(b).map(String).sort()
  return left.length === right.length && left.every((id, i) => id === right[i])
}

const sameTime = (a: unknown, b: unknown) => {
  const time = (value: unknown) =>
    value === null || value === undefined || value === '' ? null : new Date(value as string).getTime()
  return time(a) === time(b)
}

/** JSON records compare by content: key order aside, the admin sends back what it read. */
const sameJson = (a: unknown, b: unknown) => canonical(a ?? null) === canonical(b ?? null)

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** The review position and the sign-off chain: written by workflow steps only. */
const STAGE_RECORDS = ['reviewStage', 'signOff', 'printedCredits'] as const

/**
 * Whether a user's write changes what only the workflow may record: who wrote the version (the
 * four-eyes rule reads it), when it goes live, or who passed which stage. Sending the stored values back (as the admin does)
 * is no change. Pure.
 */
export function rewritesBookkeeping(
  data: Record<string, unknown>,
  before: Record<string, unknown> | undefined,
): string[] {
  const changed: string[] = []
  if ('contentAuthors' in data && !sameIds(data.contentAuthors, before?.contentAuthors)) changed.push('contentAuthors')
  if ('scheduledFor' in data && !sameTime(data.scheduledFor, before?.scheduledFor)) changed.push('scheduledFor')
  for (const field of STAGE_RECORDS) {
    if (field in data && !sameJson(data[field], before?.[field])) changed.push(field)
  }
  if ('stageAssignee' in data && String(relationId(data.stageAssignee)) !== String(relationId(before?.stageAssignee))) {
    changed.push('stageAssignee')
  }
  return changed
}
