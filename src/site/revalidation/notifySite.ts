import { payloadSecret } from '@/config/payloadSecret'

import { insideNextServer } from './expireSiteTags'
import { REVALIDATION_HEADER, revalidationToken } from './revalidationToken'

/** Asks the site at `origin` to expire `tags`; resolves to the HTTP status. */
export async function postSiteRevalidation(
  origin: string,
  tags: readonly string[],
  secret: string = payloadSecret(),
): Promise<number> {
  const response = await fetch(`${origin}/next/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [REVALIDATION_HEADER]: revalidationToken(secret) },
    body: JSON.stringify({ tags: [...new Set(tags)] }),
    signal: AbortSignal.timeout(5_000),
  })
  return response.status
}

/**
 * The scheduler publishes outside any request, where Next cannot expire its cache; it asks its own
 * server over loopback instead. A failure is logged, never thrown: the publication itself has
 * happened and must not be reported as failed because a page refresh was not delivered.
 */
export async function notifySite(tags: readonly string[], log: (message: string) => void): Promise<void> {
  if (tags.length === 0 || !insideNextServer()) return
  try {
    const status = await postSiteRevalidation(`http://127.0.0.1:${process.env.PORT || 3000}`, tags)
    if (status >= 300) log(`site refresh after a scheduled publication answered ${status}`)
  } catch (error) {
    log(`site refresh after a scheduled publication failed: ${(error as Error).message}`)
  }
}
