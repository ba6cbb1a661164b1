/**
 * What a relationship value or a rich-text node points at, and removing what a reader may not
 * see. Pure: the caller decides which documents are visible. Shared by relation fields
 * (relationValues.ts) and rich text (richTextReferences.ts).
 */
export interface Target {
  collection: string
  id: number | string
}

export type IsVisible = (target: Target) => boolean

/** The id of a stored (id) or populated (document) reference, or null for anything else. */
export function idOf(value: unknown): number | string | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && value !== null) {
    const id = (value as { id?: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}

export const targetKey = ({ collection, id }: Target) => `${collection}:${id}`
