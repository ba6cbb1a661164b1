import { secretsOfARunningSite } from '@/config/payloadSecret'

import { siteTags } from '../cacheTags'
import { postSiteRevalidation } from './notifySite'

export type RefreshOutcome =
  | { kind: 'refreshed'; origin: string }
  | { kind: 'no-site'; origin: string }
  | { kind: 'refused'; origin: string; status: number }

/** Where a script finds the site it runs beside: SERVER_URL, else this machine's PORT (3000). */
export const runningSiteOrigin = (): string =>
  process.env.SERVER_URL?.replace(/\/+$/, '') || `http://127.0.0.1:${process.env.PORT || 3000}`

/**
 * A script that changed content outside the server (`npm run seed`) asks the running site to
 * expire its whole page cache, so readers see the change at once without a rebuild or restart.
 * No site running is fine: `npm start` expires the cache when it starts.
 */
export async function refreshRunningSite(origin = runningSiteOrigin()): Promise<RefreshOutcome> {
  let lastStatus = 0
  for (const secret of secretsOfARunningSite()) {
    try {
      lastStatus = await postSiteRevalidation(origin, [siteTags.everything], secret)
    } catch {
      return { kind: 'no-site', origin }
    }
    if (lastStatus === 204) return { kind: 'refreshed', origin }
    // 401: signed with another secret than this site's; try the next one.
    if (lastStatus !== 401) break
  }
  return { kind: 'refused', origin, status: lastStatus }
}
