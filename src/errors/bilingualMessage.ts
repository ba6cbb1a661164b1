/** An error message for people: the newsroom's Chinese first, then English for API clients. */
export const bilingualMessage = (zh: string, en: string): string => `${zh} / ${en}`

/** A value quoted in a message: shortened, so a huge or hostile input is never echoed whole. */
export const quoted = (value: unknown, max = 40): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text)
}
