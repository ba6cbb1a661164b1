/** The Chinese label of a vocabulary value, or the value itself if the vocabulary lost it. */
export const labelOf = (terms: Record<string, { zh: string }>, value: string | null | undefined): string =>
  value ? (terms[value]?.zh ?? value) : ''
