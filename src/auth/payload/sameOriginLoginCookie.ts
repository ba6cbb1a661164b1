import type { AuthStrategy, AuthStrategyFunctionArgs, Payload } from 'payload'

import { parseCookies } from 'payload/shared'

import { loginCookieCounts } from '../loginCookieOrigin'

/** The name Payload gives its own JWT strategy (the one that reads the login cookie). */
const PAYLOAD_JWT_STRATEGY = 'local-jwt'

/** Where Payload's JWT strategy takes the token from: the first of its configured sources that has one. */
function tokenSource({ headers, payload }: AuthStrategyFunctionArgs): 'header' | 'cookie' | null {
  const authorization = headers.get('Authorization') ?? ''
  for (const source of payload.config.auth.jwtOrder) {
    if (source === 'JWT' && authorization.startsWith('JWT ')) return 'header'
    if (source === 'Bearer' && authorization.startsWith('Bearer ')) return 'header'
    if (source === 'cookie' && parseCookies(headers).get(`${payload.config.cookiePrefix}-token`)) return 'cookie'
  }
  return null
}

const onlyFromOwnPages = (strategy: AuthStrategy): AuthStrategy => ({
  ...strategy,
  authenticate: async (args) => {
    if (tokenSource(args) === 'cookie' && !loginCookieCounts(args.headers, args.payload.config.csrf)) {
      return { user: null }
    }
    return strategy.authenticate(args)
  },
})

/**
 * Payload's JWT strategy honours the login cookie on a request without `Origin` whose
 * `Sec-Fetch-Site` is `same-site` (another port, a sibling subdomain). Every door that asks who a
 * request's user is (REST, GraphQL, the admin, `payload.auth()` in /next/preview and the draft
 * pages) goes through `payload.authStrategies`, so its JWT strategy is wrapped here, once, at init:
 * a cookie that loginCookieCounts refuses leaves the request anonymous. A token sent in the
 * `Authorization` header is not a cookie a foreign page can make the browser send, and is untouched.
 */
export function sameOriginLoginCookie(payload: Payload): void {
  // Without it the rule would silently not apply: fail at start instead.
  if (!payload.authStrategies.some((strategy) => strategy.name === PAYLOAD_JWT_STRATEGY)) {
    throw new Error(`Payload's ${PAYLOAD_JWT_STRATEGY} auth strategy is missing: the login cookie rule cannot apply`)
  }
  payload.authStrategies = payload.authStrategies.map((strategy) =>
    strategy.name === PAYLOAD_JWT_STRATEGY ? onlyFromOwnPages(strategy) : strategy,
  )
}
