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

/**
 * Named accounts with real names (the names the sign-off chain records), each logged in through
 * REST: `crew.tokens.first`, `crew.ids.first`.
 */
export async function signInCrew<Name extends string>(
  ctx: { payload: Payload; rest: { login(email: string, password: string): Promise<string> } },
  members: readonly (readonly [Name, User['roles'], string])[],
) {
  const tokens = {} as Record<Name, string>
  const ids = {} as Record<Name, number>
  for (const [name, roles, realName] of members) {
    const { user, email, password } = await createUser(ctx.payload, [...roles], name)
    await ctx.payload.update({ collection: 'users', id: user.id, data: { realName } })
    ids[name] = user.id
    tokens[name] = await ctx.rest.login(email, password)
  }
  return { tokens, ids }
}
