import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_SESSIONS_PER_USER } from '../../src/auth/sessionsToKeep'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser, TEST_PASSWORD } from './helpers/users'
import { REVIEWER } from './helpers/workflows'

/**
 * Payload keeps a list of each account's logins (auth.useSessions). It is pruned at every login
 * (expired ones, and all but the newest MAX_SESSIONS_PER_USER) and never shown in any answer.
 */
let ctx: TestContext
let admin: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  ctx = await startTestPayload()
  admin = await createUser(ctx.payload, ['admin'])
})
afterAll(() => ctx?.close())

const sessionRows = (userId: number) =>
  ctx.db.query<{ id: string; expires_at: Date }>(
    'SELECT id, expires_at FROM users_sessions WHERE _parent_id = $1 ORDER BY created_at',
    [userId],
  )
const accountRow = async (userId: number) =>
  (
    await ctx.db.query<{ updated_at: Date; roles: string[] }>(
      `SELECT u.updated_at, array(SELECT value FROM users_roles r WHERE r.parent_id = u.id ORDER BY value) AS roles
       FROM users u WHERE u.id = $1`,
      [userId],
    )
  )[0]
const whoIs = async (token: string) => (await ctx.rest.get('/users/me', token)).body.user?.id ?? null

describe('pruning at login', () => {
  it(`keeps only the newest ${MAX_SESSIONS_PER_USER} logins: the oldest are signed out, the newest work`, async () => {
    const account = await createUser(ctx.payload, ['editor'])
    const before = await accountRow(account.user.id)
    const tokens: string[] = []
    for (let i = 0; i < MAX_SESSIONS_PER_USER + 3; i++) tokens.push(await ctx.rest.login(account.email, TEST_PASSWORD))

    expect(await sessionRows(account.user.id)).toHaveLength(MAX_SESSIONS_PER_USER)
    for (const token of tokens.slice(0, 3)) expect(await whoIs(token)).toBeNull()
    for (const token of tokens.slice(3)) expect(await whoIs(token)).toBe(account.user.id)
    // Only the sessions were written: the account's roles and modification time are as they were.
    expect(await accountRow(account.user.id)).toEqual(before)
  })

  it('removes expired sessions when the user logs in', async () => {
    const account = await createUser(ctx.payload, REVIEWER)
    await ctx.rest.login(account.email, TEST_PASSWORD)
    await ctx.db.query(
      `INSERT INTO users_sessions (_order, _parent_id, id, created_at, expires_at)
       VALUES (100, $1, 'expired-a', now() - interval '2 days', now() - interval '1 day'),
              (101, $1, 'expired-b', now() - interval '10 hours', now() - interval '1 minute')`,
      [account.user.id],
    )
    expect(await sessionRows(account.user.id)).toHaveLength(3)
    const token = await ctx.rest.login(account.email, TEST_PASSWORD)
    const rows = await sessionRows(account.user.id)
    expect(rows.map((row) => row.id)).not.toContain('expired-a')
    expect(rows.map((row) => row.id)).not.toContain('expired-b')
    expect(rows).toHaveLength(2)
    expect(rows.every((row) => row.expires_at.getTime() > Date.now())).toBe(true)
    expect(await whoIs(token)).toBe(account.user.id)
  })

  it('keeps the logins when the user edits their own account', async () => {
    const account = await createUser(ctx.payload, ['editor'])
    const token = await ctx.rest.login(account.email, TEST_PASSWORD)
    const response = await ctx.rest.patch(`/users/${account.user.id}`, { name: '改过名字' }, token)
    expect(response.status).toBe(200)
    expect(await sessionRows(account.user.id)).toHaveLength(1)
    expect(await whoIs(token)).toBe(account.user.id)
  })
})

describe('never in an answer', () => {
  /** Every session id of the account, so that an answer carrying any of them, under any key, is caught. */
  const expectNoSessions = async (userId: number, body: unknown) => {
    const text = JSON.stringify(body)
    expect(text).not.toMatch(/"sessions"\s*:\s*\[/)
    const ids = (await sessionRows(userId)).map((row) => row.id)
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(text).not.toContain(id)
  }

  it('login, me and refresh answer without the session list', async () => {
    const account = await createUser(ctx.payload, ['editor'])
    await ctx.rest.login(account.email, TEST_PASSWORD)
    const login = await ctx.rest.post('/users/login', { email: account.email, password: TEST_PASSWORD })
    expect(login.status).toBe(200)
    expect(login.body.user.id).toBe(account.user.id)
    await expectNoSessions(account.user.id, login.body)

    const me = await ctx.rest.get('/users/me', login.body.token)
    expect(me.body.user.id).toBe(account.user.id)
    await expectNoSessions(account.user.id, me.body)

    const refresh = await ctx.rest.request('POST', '/users/refresh-token', { token: login.body.token })
    expect(refresh.status).toBe(200)
    await expectNoSessions(account.user.id, refresh.body)
  })

  it('the account by id, the list and an update answer without it, for the owner and an admin', async () => {
    const account = await createUser(ctx.payload, ['editor'])
    const own = await ctx.rest.login(account.email, TEST_PASSWORD)
    const adminToken = await ctx.rest.login(admin.email, TEST_PASSWORD)
    for (const token of [own, adminToken]) {
      const byId = await ctx.rest.get(`/users/${account.user.id}`, token)
      expect(byId.status).toBe(200)
      await expectNoSessions(account.user.id, byId.body)
      const list = await ctx.rest.get('/users?limit=100', token)
      expect(list.body.docs.map((u: { id: number }) => u.id)).toContain(account.user.id)
      await expectNoSessions(account.user.id, list.body)
    }
    const update = await ctx.rest.patch(`/users/${account.user.id}`, { name: '新名字' }, own)
    expect(update.status).toBe(200)
    await expectNoSessions(account.user.id, update.body)
  })

  it('GraphQL answers null for it, to the owner as to an admin', async () => {
    const account = await createUser(ctx.payload, ['editor'])
    const own = await ctx.rest.login(account.email, TEST_PASSWORD)
    const adminToken = await ctx.rest.login(admin.email, TEST_PASSWORD)
    const query = `{
      meUser { user { id sessions { id expiresAt } } }
      User(id: ${account.user.id}) { id sessions { id } }
      Users(limit: 100) { docs { id sessions { id } } }
    }`
    const mine = await ctx.rest.graphql(query, own)
    expect(mine.body.data.meUser.user).toMatchObject({ id: account.user.id, sessions: null })
    expect(mine.body.data.User).toMatchObject({ id: account.user.id, sessions: null })
    await expectNoSessions(account.user.id, mine.body)
    const theirs = await ctx.rest.graphql(query, adminToken)
    expect(theirs.body.data.User).toMatchObject({ id: account.user.id, sessions: null })
    await expectNoSessions(account.user.id, theirs.body)
  })

  it('a Local API read for the user (overrideAccess: false) leaves it out too', async () => {
    const account = await createUser(ctx.payload, ['editor'])
    await ctx.rest.login(account.email, TEST_PASSWORD)
    const doc = await ctx.payload.findByID({
      collection: 'users',
      id: account.user.id,
      user: account.user,
      overrideAccess: false,
    })
    expect(doc).not.toHaveProperty('sessions')
  })
})
