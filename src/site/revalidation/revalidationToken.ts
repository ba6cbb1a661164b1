import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The server's scheduler tells its own site which pages to refresh over loopback HTTP (see
 * notifySite.ts). The request carries a token derived from the Payload secret, so only a process
 * that holds the secret can expire the site's cache; it never appears in a URL.
 */
export const REVALIDATION_HEADER = 'x-site-revalidation'

export const revalidationToken = (secret: string): string =>
  createHmac('sha256', secret).update('site-revalidation').digest('hex')

export function isValidRevalidationToken(secret: string, token: string | null): boolean {
  if (!token) return false
  const expected = Buffer.from(revalidationToken(secret))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
