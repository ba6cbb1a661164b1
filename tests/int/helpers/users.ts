import type { Payload } from 'payload'

import type { User } from '../../../src/payload-types'

export const TEST_PASSWORD = 'test-password-123'

let counter = 0

/** Creates a newsroom account directly (as the server would) and returns its login details. */
export async function createUser(payload: Payload, roles: User['roles'], name = roles.join('+')) {
  counter += 1
  const email = `${roles.join('-')}-${counter}-${Date.now()}@test.example`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name, roles },
  })
  return { user, email, password: TEST_PASSWORD }
}

/** A new account with these roles, logged in through REST: its JWT. */
export async function signIn(
  ctx: { payload: Payload; rest: { login(email: string, password: string): Promise<string> } },
  roles: User['roles'],
) {
  const { email, password } = await createUser(ctx.payload, roles)
  return ctx.rest.login(email, password)
}
