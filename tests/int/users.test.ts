import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser, TEST_PASSWORD } from './helpers/users'

let ctx: TestContext
let admin: Awaited<ReturnType<typeof createUser>>
let editor: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  ctx = await startTestPayload()
  admin = await createUser(ctx.payload, ['admin'])
  editor = await createUser(ctx.payload, ['editor'])
  reviewer = await createUser(ctx.payload, ['first_reviewer'])
})
afterAll(() => ctx?.close())

const rolesInDatabase = async (userId: number) =>
  (
    await ctx.db.query<{ value: string }>('SELECT value FROM users_roles WHERE parent_id = $1 ORDER BY value', [userId])
  ).map((row) => row.value)

describe('roles', () => {
  it('refuses an editor who grants themselves a role, with a 403 and no change', async () => {
    const token = await ctx.rest.login(editor.email, TEST_PASSWORD)
    const response = await ctx.rest.patch(`/users/${editor.user.id}`, { roles: ['editor', 'final_reviewer'] }, token)
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).toContain('Only administrators may change roles')
    expect(await rolesInDatabase(editor.user.id)).toEqual(['editor'])
  })

  it('hides other accounts from an editor and refuses changes to them', async () => {
    const token = await ctx.rest.login(editor.email, TEST_PASSWORD)
    const read = await ctx.rest.get(`/users/${reviewer.user.id}`, token)
    expect(read.status).toBe(404)
    const list = await ctx.rest.get('/users', token)
    expect(list.body.docs.map((u: { id: number }) => u.id)).toEqual([editor.user.id])
    const patch = await ctx.rest.patch(`/users/${reviewer.user.id}`, { roles: ['admin'] }, token)
    expect([403, 404]).toContain(patch.status)
    expect(await rolesInDatabase(reviewer.user.id)).toEqual(['first_reviewer'])
  })

  it('lets an editor change their own name but not their role', async () => {
    const token = await ctx.rest.login(editor.email, TEST_PASSWORD)
    const response = await ctx.rest.patch(`/users/${editor.user.id}`, { name: '新名字' }, token)
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ name: '新名字', roles: ['editor'] })
  })

  it('lets an admin change the roles of someone else', async () => {
    const token = await ctx.rest.login(admin.email, TEST_PASSWORD)
    const response = await ctx.rest.patch(
      `/users/${reviewer.user.id}`,
      { roles: ['first_reviewer', 'second_reviewer', 'final_reviewer', 'editor'] },
      token,
    )
    expect(response.status).toBe(200)
    // In the enum's order (ORDER BY on an enum column): admin, editor, then the stages in turn.
    expect(await rolesInDatabase(reviewer.user.id)).toEqual([
      'editor',
      'first_reviewer',
      'second_reviewer',
      'final_reviewer',
    ])
    // And takes one away again: a user may hold any of the stage roles, alone or together.
    const back = await ctx.rest.patch(`/users/${reviewer.user.id}`, { roles: ['second_reviewer'] }, token)
    expect(back.status).toBe(200)
    expect(await rolesInDatabase(reviewer.user.id)).toEqual(['second_reviewer'])
  })

  it('refuses an admin who changes their own roles', async () => {
    const token = await ctx.rest.login(admin.email, TEST_PASSWORD)
    const response = await ctx.rest.patch(`/users/${admin.user.id}`, { roles: ['editor'] }, token)
    expect(response.status).toBe(403)
    expect(await rolesInDatabase(admin.user.id)).toEqual(['admin'])
  })

  it('applies the same rule to the Local API when it acts for a user', async () => {
    await expect(
      ctx.payload.update({
        collection: 'users',
        id: editor.user.id,
        data: { roles: ['admin'] },
        user: editor.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await rolesInDatabase(editor.user.id)).toEqual(['editor'])
  })

  it.each(['superuser', 'reviewer'])('refuses the unknown role %s with a validation error', async (role) => {
    // `reviewer`, the one-gate workflow's role, is gone: the migration mapped it to the stage roles.
    const token = await ctx.rest.login(admin.email, TEST_PASSWORD)
    const response = await ctx.rest.patch(`/users/${editor.user.id}`, { roles: [role] }, token)
    expect(response.status).toBe(400)
    expect(await rolesInDatabase(editor.user.id)).toEqual(['editor'])
  })

  it('refuses a stage reviewer who grants themselves another stage, with a 403 and no change', async () => {
    // Holding 初审 and 终审 at once is an administrator's decision, never the reviewer's own.
    const first = await createUser(ctx.payload, ['first_reviewer'])
    const token = await ctx.rest.login(first.email, TEST_PASSWORD)
    const response = await ctx.rest.patch(
      `/users/${first.user.id}`,
      { roles: ['first_reviewer', 'final_reviewer'] },
      token,
    )
    expect(response.status).toBe(403)
    expect(await rolesInDatabase(first.user.id)).toEqual(['first_reviewer'])
    expect((await ctx.rest.patch(`/users/${first.user.id}`, { roles: ['admin'] }, token)).status).toBe(403)
    expect(await rolesInDatabase(first.user.id)).toEqual(['first_reviewer'])
  })

  it('does not let anyone but an admin create accounts', async () => {
    const token = await ctx.rest.login(reviewer.email, TEST_PASSWORD)
    const before = await ctx.db.query('SELECT count(*)::int AS n FROM users')
    const response = await ctx.rest.post(
      '/users',
      { email: 'intruder@test.example', password: 'whatever-123', name: 'x', roles: ['admin'] },
      token,
    )
    expect(response.status).toBe(403)
    expect(await ctx.db.query('SELECT count(*)::int AS n FROM users')).toEqual(before)
  })
})

describe('login lockout', () => {
  it('locks an account after five failed attempts, even against the right password', async () => {
    const target = await createUser(ctx.payload, ['editor'])
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await ctx.rest.post('/users/login', { email: target.email, password: 'wrong-password' })
      expect(response.status).toBe(401)
    }
    const locked = await ctx.rest.post('/users/login', { email: target.email, password: TEST_PASSWORD })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/锁定|locked/i)
    const [row] = await ctx.db.query<{ lock_until: Date | null }>('SELECT lock_until FROM users WHERE id = $1', [
      target.user.id,
    ])
    expect(row.lock_until?.getTime()).toBeGreaterThan(Date.now())
  })
})

describe('the first account', () => {
  it('is made an administrator only when created through the first-register screen on an empty system', async () => {
    // This file's database already has users: a registration now may not claim admin rights.
    const response = await ctx.rest.post('/users/first-register', {
      email: 'late@test.example',
      password: 'late-password-1',
      name: '迟到者',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await ctx.db.query('SELECT id FROM users WHERE email = $1', ['late@test.example'])).toEqual([])
  })
})
