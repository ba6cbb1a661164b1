/**
 * How a write names the version it was based on. A document's version is named by the time it was
 * saved (`updatedAt` of its newest version, or of the global): the admin form already carries it
 * back with every save, and API clients get it as the `ETag` of a GET. Saves of one document are
 * serialized by a row lock (lockForUpdate.ts), so the version a save compares against is the one
 * it replaces. Pure.
 */
export type VersionToken = string

/** The token of a saved version, from its `updatedAt` (a Date or an ISO string); undefined when unknown. */
export function versionToken(updatedAt: unknown): VersionToken | undefined {
  if (updatedAt === null || updatedAt === undefined || updatedAt === '') return undefined
  const time = new Date(updatedAt as string).getTime()
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/** The ETag header value for a version: strong, quoted, the token itself. */
export const etagOf = (token: VersionToken): string => `"${token}"`

/**
 * The tokens an `If-Match` header names ("*" matches any existing version), or undefined when the
 * header is absent. Weak validators (W/"…") are compared as strong ones: the token is exact.
 */
export function parseIfMatch(header: string | null | undefined): VersionToken[] | '*' | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined
  if (header.trim() === '*') return '*'
  return header
    .split(',')
    .map((part) =>
      part
        .trim()
        .replace(/^W\//, '')
        .replace(/^"(.*)"$/, '$1'),
    )
    .filter(Boolean)
    .map((value) => versionToken(value) ?? value)
}

/** Whether a write based on `expected` may replace the version `current`. */
export function matchesCurrent(expected: VersionToken[] | '*' | VersionToken, current: VersionToken | undefined) {
  if (expected === '*') return current !== undefined
  const list = Array.isArray(expected) ? expected : [expected]
  return current !== undefined && list.includes(current)
}
