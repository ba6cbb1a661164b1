/**
 * Whether the login cookie on a request may stand for its user, judged from what the browser says
 * about who made the request. SameSite=Lax keeps the cookie off most requests from other sites, but
 * "site" means the registrable domain: a page on another port or a sibling subdomain (same-site)
 * still gets it sent, and so does a top-level link from anywhere. Only the site's own pages count.
 *
 * - `Origin`, when present, decides: one of the site's own origins, or not (`null` included).
 * - Without it, `Sec-Fetch-Site` decides: `same-origin` counts; `none` counts too, because the
 *   browser sends it only for what the user started (a typed address, a bookmark), never for a
 *   request a page made; `same-site`, `cross-site` and anything unknown do not.
 * - Neither header (no fetch metadata): does not count. Such a request cannot be told apart from a
 *   same-site page's in a browser too old to send fetch metadata, and Payload 3.90's own check
 *   (extractJWT) already refuses it; clients that are not browsers send the token they got from
 *   login in the `Authorization: JWT …` header instead, which this rule does not touch.
 *
 * A refused cookie makes the request anonymous rather than an error: the answer is then what any
 * visitor gets (published pages, a login screen), and a foreign page cannot tell from it whether
 * the visitor is logged in. Pure: the caller passes the headers and the site's own origins.
 */
export interface FetchMetadata {
  get(name: string): string | null
}

const VOUCHING_FETCH_SITES: ReadonlySet<string> = new Set(['same-origin', 'none'])

export function loginCookieCounts(headers: FetchMetadata, ownOrigins: readonly string[]): boolean {
  const origin = headers.get('Origin')
  if (origin !== null) return ownOrigins.includes(origin)
  const fetchSite = headers.get('Sec-Fetch-Site')
  return fetchSite !== null && VOUCHING_FETCH_SITES.has(fetchSite.trim().toLowerCase())
}
