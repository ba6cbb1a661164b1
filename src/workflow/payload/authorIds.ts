/** Ids from a relationship value that may hold ids or populated documents. */
export const authorIds = (value: unknown): (number | string)[] =>
  Array.isArray(value)
    ? value.map((entry) => (entry && typeof entry === 'object' ? (entry as { id: number | string }).id : entry))
    : []
