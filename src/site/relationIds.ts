/** The ids a relationship field holds, whether it was read at depth 0 (ids) or populated (documents). */
export const relationIds = (value: unknown): number[] =>
  Array.isArray(value)
    ? value
        .map((item: unknown) => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item))
        .filter((id): id is number => typeof id === 'number')
    : []
