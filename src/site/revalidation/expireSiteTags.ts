import { revalidateTag } from 'next/cache'

/**
 * Expires cached reads of the site at once (`expire: 0`): the next reader waits for fresh content
 * instead of being served the stale page once more, which is what "visible the moment it is
 * published" needs. Must run inside a Next request; Next applies it when the request finishes.
 */
export function expireSiteTags(tags: readonly string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
}

/** Whether this process is a Next server that holds the site's cache (not a script or a test). */
export const insideNextServer = (): boolean => Boolean(process.env.NEXT_RUNTIME)
