import { JWTAuthentication } from 'payload'
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from '../int/helpers/testPayload'
import { createUser, TEST_PASSWORD } from '../int/helpers/users'
import { expectCleanBody, fingerprint } from './helpers/fingerprint'

/**
 * Logins, cookies, CSRF and GraphQL limits. The lockout after five failures (locked even with the
 * right password, and the answer says so) is proven in tests/int/users.test.ts; the site's security
 * headers in tests/e2e/site.test.ts against a production server.
 */
let ctx: TestContext
let editor: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  ctx = await startTestPayload()
  editor = await createUser(ctx.payload, ['editor'])
})
afterAll(() => ctx?.close())

const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])

describe('password reset', () => {
  it('answers the same for a known and an unknown address, and stores a token only for the known one', async () => {
    const known = await ctx.rest.post('/users/forgot-password', { email: editor.email })
    const unknown = await ctx.rest.post('/users/forgot-password', { email: 'nobody@test.example' })
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    expect(known.status).toBe(200)
    const rows = await ctx.db.query('SELECT email FROM users WHERE reset_password_token IS NOT NULL')
    expect(rows).toEqual([{ email: editor.email }])
  })

  it('refuses a made-up reset token and leaves the password as it was', async () => {
    const before = await fingerprint(ctx.db)
    const response = await ctx.rest.post('/users/reset-password', { token: 'a'.repeat(40), password: 'new-password-1' })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expectCleanBody(response.body)
    expect(await fingerprint(ctx.db)).toEqual(before)
  })
})

describe('sessions', () => {
  it('makes a token useless after logout', async () => {
    const token = await ctx.rest.login(editor.email, TEST_PASSWORD)
    expect((await ctx.rest.get('/users/me', token)).body.user?.id).toBe(editor.user.id)
    expect((await ctx.rest.request('POST', '/users/logout', { token })).status).toBe(200)
    expect((await ctx.rest.get('/users/me', token)).body.user).toBeNull()
    const before = await fingerprint(ctx.db)
    const write = await ctx.rest.post('/articles', { title: '登出之后', body }, token)
    expect(write.status).toBe(403)
    expect((await ctx.rest.get('/articles?draft=true', token)).body.docs).toEqual([])
    expect(await fingerprint(ctx.db)).toEqual(before)
  })

  it('sets the login cookie HttpOnly and SameSite=Lax', async () => {
    const response = await ctx.rest.post('/users/login', { email: editor.email, password: TEST_PASSWORD })
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i)
  })

  it('never tells whether an address has an account when the password is wrong', async () => {
    const known = await ctx.rest.post('/users/login', { email: editor.email, password: 'wrong-password' })
    const unknown = await ctx.rest.post('/users/login', { email: 'nobody@test.example', password: 'wrong-password' })
    expect(known.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(known.body)
  })
})

describe('CSRF: the login cookie counts only from the site itself', () => {
  const cookieRequest = async (headers: Record<string, string>) => {
    const token = await ctx.rest.login(editor.email, TEST_PASSWORD)
    return ctx.rest.request('POST', '/articles?draft=true', {
      json: { title: '跨站写入', body },
      headers: { Cookie: `payload-token=${token}`, ...headers },
    })
  }

  it.each([
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['a look-alike Origin', { Origin: 'http://localhost:3000.evil.example' }],
    ['another port', { Origin: 'http://localhost:4000' }],
    ['no Origin, cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['no Origin, same-site (another port or a sibling subdomain)', { 'Sec-Fetch-Site': 'same-site' }],
    // No fetch metadata: not a browser, whose token belongs in the Authorization header (tested below).
    ['no Origin and no Sec-Fetch-Site (not a browser)', {}],
  ])('treats a cookie write with %s as anonymous, and stores nothing', async (_name, headers) => {
    const before = await fingerprint(ctx.db)
    const response = await cookieRequest(headers)
    expect(response.status).toBe(403)
    expectCleanBody(response.body)
    expect(await fingerprint(ctx.db)).toEqual(before)
  })

  it.each([
    ['its own Origin', { Origin: 'http://localhost:3000' }],
    ['127.0.0.1', { Origin: 'http://127.0.0.1:3000' }],
    ['a same-origin navigation', { 'Sec-Fetch-Site': 'same-origin' }],
  ])('accepts a cookie write from %s', async (_name, headers) => {
    const response = await cookieRequest(headers)
    expect(response.status, JSON.stringify(response.body)).toBe(201)
  })

  it('answers CORS only for its own origin', async () => {
    const foreign = await ctx.rest.request('OPTIONS', '/articles', { headers: { Origin: 'https://evil.example' } })
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('*')
    const own = await ctx.rest.request('OPTIONS', '/articles', { headers: { Origin: 'http://localhost:3000' } })
    expect(own.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
  })
})

/**
 * The headers exactly as Chromium sends them (the Sec-Fetch-* set and Origin; Chromium adds Origin
 * to every POST and to cross-origin fetches, never to a GET navigation or a same-origin GET fetch).
 * The site is http://localhost:3000; http://localhost:4000 is another port of the same site.
 */
const CHROMIUM = {
  sameOriginFetch: { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'empty' },
  sameOriginPost: {
    Origin: 'http://localhost:3000',
    'Sec-Fetch-Site': 'same-origin',
    'Sec-Fetch-Mode': 'cors',
    'Sec-Fetch-Dest': 'empty',
  },
  sameSiteNoCors: { 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'script' },
  sameSiteNavigation: {
    'Sec-Fetch-Site': 'same-site',
    'Sec-Fetch-Mode': 'navigate',
    'Sec-Fetch-Dest': 'document',
    'Sec-Fetch-User': '?1',
    'Upgrade-Insecure-Requests': '1',
  },
  sameSitePost: {
    Origin: 'http://localhost:4000',
    'Sec-Fetch-Site': 'same-site',
    'Sec-Fetch-Mode': 'cors',
    'Sec-Fetch-Dest': 'empty',
  },
  crossSiteNavigation: {
    'Sec-Fetch-Site': 'cross-site',
    'Sec-Fetch-Mode': 'navigate',
    'Sec-Fetch-Dest': 'document',
    'Sec-Fetch-User': '?1',
    'Upgrade-Insecure-Requests': '1',
  },
  crossSitePost: {
    Origin: 'https://evil.example',
    'Sec-Fetch-Site': 'cross-site',
    'Sec-Fetch-Mode': 'cors',
    'Sec-Fetch-Dest': 'empty',
  },
  typedAddress: {
    'Sec-Fetch-Site': 'none',
    'Sec-Fetch-Mode': 'navigate',
    'Sec-Fetch-Dest': 'document',
    'Sec-Fetch-User': '?1',
    'Upgrade-Insecure-Requests': '1',
  },
  noMetadata: {},
} satisfies Record<string, Record<string, string>>

type Shape = keyof typeof CHROMIUM
const COUNTED: Shape[] = ['sameOriginFetch', 'typedAddress']
const ANONYMOUS: Shape[] = ['sameSiteNoCors', 'sameSiteNavigation', 'crossSiteNavigation', 'noMetadata']
const COUNTED_POSTS: Shape[] = ['sameOriginPost']
const ANONYMOUS_POSTS: Shape[] = ['sameSitePost', 'crossSitePost', 'noMetadata']

describe('the login cookie counts only from the site’s own pages (as Chromium sends requests)', () => {
  let cookie: string
  beforeAll(async () => {
    cookie = `payload-token=${await ctx.rest.login(editor.email, TEST_PASSWORD)}`
  })
  const withCookie = (shape: Shape, extra: Record<string, string> = {}) => ({
    Cookie: cookie,
    ...CHROMIUM[shape],
    ...extra,
  })
  const me = (shape: Shape) => ctx.rest.request('GET', '/users/me', { headers: withCookie(shape) })
  const reviews = (shape: Shape) => ctx.rest.request('GET', '/reviews', { headers: withCookie(shape) })
  const graphqlMe = (shape: Shape) =>
    ctx.rest.request('POST', '/graphql', { json: { query: '{ meUser { user { id } } }' }, headers: withCookie(shape) })

  it.each(COUNTED)('/api/users/me: %s is the logged-in user', async (shape) => {
    const response = await me(shape)
    expect(response.status).toBe(200)
    expect(response.body.user?.id).toBe(editor.user.id)
  })

  it.each(ANONYMOUS)('/api/users/me: %s is anonymous, not an error', async (shape) => {
    const response = await me(shape)
    expect(response.status).toBe(200)
    expect(response.body.user).toBeNull()
    expect(response.body.token).toBeUndefined()
  })

  it.each(COUNTED)('a staff-only collection: %s reads it', async (shape) => {
    const response = await reviews(shape)
    expect(response.status).toBe(200)
    expect(Array.isArray(response.body.docs)).toBe(true)
  })

  it.each(ANONYMOUS)('a staff-only collection: %s is refused as anonymous', async (shape) => {
    const response = await reviews(shape)
    expect(response.status).toBe(403)
    expectCleanBody(response.body)
  })

  it.each(COUNTED_POSTS)('GraphQL: %s is the logged-in user', async (shape) => {
    const response = await graphqlMe(shape)
    expect(response.status).toBe(200)
    expect(response.body.data.meUser.user?.id).toBe(editor.user.id)
  })

  it.each(ANONYMOUS_POSTS)('GraphQL: %s is anonymous', async (shape) => {
    const response = await graphqlMe(shape)
    expect(response.status).toBe(200)
    expect(response.body.data.meUser.user).toBeNull()
  })

  it.each(ANONYMOUS)('payload.auth(), as /next/preview and the draft pages ask it: %s has no user', async (shape) => {
    const { user } = await ctx.payload.auth({ headers: new Headers(withCookie(shape)) })
    expect(user).toBeNull()
  })

  it.each(COUNTED)('payload.auth(), as /next/preview and the draft pages ask it: %s is the user', async (shape) => {
    const { user } = await ctx.payload.auth({ headers: new Headers(withCookie(shape)) })
    expect(user?.id).toBe(editor.user.id)
  })

  it('is needed: Payload’s own JWT strategy alone takes the cookie of a same-site request', async () => {
    const { user } = await JWTAuthentication({
      headers: new Headers(withCookie('sameSiteNoCors')),
      payload: ctx.payload,
      strategyName: 'local-jwt',
    })
    expect(user?.id).toBe(editor.user.id)
  })

  it.each(ANONYMOUS)('a token in the Authorization header is not a cookie: %s still counts', async (shape) => {
    const token = await ctx.rest.login(editor.email, TEST_PASSWORD)
    const response = await ctx.rest.request('GET', '/users/me', { headers: CHROMIUM[shape], token })
    expect(response.body.user?.id).toBe(editor.user.id)
  })

  describe('/next/preview (its route handler, in-process)', () => {
    const preview = async (shape: Shape) => {
      const { GET } = await import('../../src/app/(frontend)/next/preview/route')
      return GET(new NextRequest('http://localhost:3000/next/preview?path=/', { headers: withCookie(shape) }))
    }
    // The route uses the site's own Payload instance (getPayload without this file's key), the one
    // GraphQL requests in tests use too (restClient.ts): it lives as long as the test file.

    it.each(ANONYMOUS)('%s is answered as not logged in, and draft mode stays off', async (shape) => {
      const response = await preview(shape)
      expect(response.status).toBe(401)
      expect(response.headers.getSetCookie().join()).not.toMatch(/__prerender_bypass/)
    })

    it.each(COUNTED)('%s passes the login check and goes on to switch on draft mode', async (shape) => {
      // Switching draft mode on needs Next's request scope, which exists only in a running server
      // (tests/e2e/preview.test.ts): reaching it proves the login was accepted, where a refusal is a 401.
      await expect(preview(shape)).rejects.toThrow(/draftMode/)
    })
  })

  it('a refused cookie cannot log the user out or refresh the login', async () => {
    const logout = await ctx.rest.request('POST', '/users/logout', { headers: withCookie('sameSitePost') })
    expect(logout.status).toBe(400)
    const refresh = await ctx.rest.request('POST', '/users/refresh-token', { headers: withCookie('sameSitePost') })
    expect([401, 403]).toContain(refresh.status)
    expect((await me('sameOriginFetch')).body.user?.id).toBe(editor.user.id)
  })
})

describe('GraphQL limits', () => {
  /** The deepest chain the schema offers: 8 levels. */
  const DEEPEST_LEGAL =
    '{ versionsArticles { docs { version { relatedProjects { photos { sizes { thumbnail { url } } } } } } } }'
  /** 11 levels (this schema has no cycles, so a query this deep also asks for fields that do not exist). */
  const TOO_DEEP = `{ Articles { docs { relatedProjects { photos { sizes { thumbnail { ${'a { '.repeat(5)}b${' }'.repeat(5)} } } } } } } }`

  it.each([
    [
      '500 aliased lists (complexity)',
      `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: Articles { docs { title } }`).join(' ')} }`,
      /complexity/,
    ],
    ['a query nested 11 levels deep', TOO_DEEP, /nested more than 10 levels/],
    [
      'deep introspection',
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
      /introspection/i,
    ],
    ['a syntax error', '{ Articles { docs { title }', /Syntax/],
    ['an unknown field', '{ Articles { docs { hash } } }', /hash/],
  ])('refuses %s with a 400 that says why', async (_name, query, message) => {
    const before = await fingerprint(ctx.db)
    const response = await ctx.rest.graphql(query)
    const text = expectCleanBody(response.body)
    expect(response.status, text).toBe(400)
    expect(response.body.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(message)
    expect(await fingerprint(ctx.db)).toEqual(before)
  })

  it('still answers the deepest query the schema allows', async () => {
    const token = await ctx.rest.login(editor.email, TEST_PASSWORD)
    const response = await ctx.rest.graphql(DEEPEST_LEGAL, token)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.errors).toBeUndefined()
  })
})
