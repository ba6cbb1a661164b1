import { idOf, type IsVisible, type Target } from './targets'

/**
 * A relationship or upload field's value as Payload answers it: an id or a populated document,
 * `{ relationTo, value }` when the field may point at several collections, a list of those when
 * it holds many, or null.
 */
type RelationTo = string | readonly string[]

function entryTarget(entry: unknown, relationTo: RelationTo): Target | null {
  if (typeof relationTo === 'string') {
    const id = idOf(entry)
    return id === null ? null : { collection: relationTo, id }
  }
  if (typeof entry !== 'object' || entry === null) return null
  const { relationTo: collection, value } = entry as { relationTo?: unknown; value?: unknown }
  const id = idOf(value)
  return typeof collection === 'string' && id !== null ? { collection, id } : null
}

/** Every document the value points at. */
export function relationTargets(value: unknown, relationTo: RelationTo): Target[] {
  const entries = Array.isArray(value) ? value : [value]
  return entries.map((entry) => entryTarget(entry, relationTo)).filter((target) => target !== null)
}

/**
 * The value without the documents a reader may not see: left out of a list, null for a single
 * relation, as if they did not exist (not an error, which would tell that they do).
 */
export function withoutHiddenTargets(value: unknown, relationTo: RelationTo, isVisible: IsVisible): unknown {
  const shows = (entry: unknown) => {
    const target = entryTarget(entry, relationTo)
    return target === null || isVisible(target)
  }
  if (Array.isArray(value)) return value.filter(shows)
  if (value === null || value === undefined) return value
  return shows(value) ? value : null
}
