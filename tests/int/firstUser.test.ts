import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestContext } from './helpers/testPayload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startTestPayload()
})
afterAll(() => ctx?.close())

describe('an empty system', () => {
  it("makes the account created on Payload's first-register screen an administrator", async () => {
    const response = await ctx.rest.post('/users/first-register', {
      email: 'chief@test.example',
      password: 'chief-password-1',
      name: '总编辑',
      roles: ['editor'],
    })
    expect(response.status).toBe(200)
    const roles = await ctx.db.query<{ value: string }>(
      'SELECT r.value FROM users_roles r JOIN users u ON u.id = r.parent_id WHERE u.email = $1',
      ['chief@test.example'],
    )
    expect(roles.map((r) => r.value)).toEqual(['admin'])
  })
})
