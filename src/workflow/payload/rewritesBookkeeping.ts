import { authorIds } from './authorIds'

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

/**
 * Whether a user's write changes what only the workflow may record: who wrote the version (the
 * four-eyes rule reads it) or when it goes live. Sending the stored values back (as the admin does)
 * is no change. Pure.
 */
export function rewritesBookkeeping(
  data: Record<string, unknown>,
  before: Record<string, unknown> | undefined,
): string[] {
  const changed: string[] = []
  if ('contentAuthors' in data && !sameIds(data.contentAuthors, before?.contentAuthors)) changed.push('contentAuthors')
  if ('scheduledFor' in data && !sameTime(data.scheduledFor, before?.scheduledFor)) changed.push('scheduledFor')
  return changed
}
