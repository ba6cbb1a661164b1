import { BOOKKEEPING_FIELDS } from '../bookkeeping'

/** Whether a save changes what the document says (any field but the workflow's own bookkeeping). */
export function contentChanged(data: Record<string, unknown>, before: Record<string, unknown> | undefined): boolean {
  if (!before) return true
  return Object.keys(data).some(
    (key) => !BOOKKEEPING_FIELDS.has(key) && JSON.stringify(data[key] ?? null) !== JSON.stringify(before[key] ?? null),
  )
}
