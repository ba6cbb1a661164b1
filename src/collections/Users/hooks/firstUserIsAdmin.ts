import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** The account created on an empty system (Payload's first-register screen) must be able to run it. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
