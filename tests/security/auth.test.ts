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
