import type { CollectionAfterReadHook } from 'payload'

interface LockUser {
  relationTo?: string
  value?: number | string | { id: number | string }
}

/**
 * A lock must say who holds it ("李青 is editing this document"), but users may not read each
 * other's accounts, so for anyone but an administrator the holder would stay a bare id
 * ("用户: 2"). Staff who may read the lock (hardenInternalCollections.ts) get the holder's name and
 * login, nothing else of the account.
 */
export const nameLockHolder: CollectionAfterReadHook = async ({ doc, req }) => {
  const user = (doc as { user?: LockUser }).user
  const id = user?.value
  if (!user || id === undefined || id === null || typeof id === 'object' || !req.user) return doc
  const holder = await req.payload
    .findByID({
      collection: 'users',
      id,
      depth: 0,
      req,
      overrideAccess: true,
      select: { name: true, email: true },
      disableErrors: true,
    })
    .catch(() => null)
  if (!holder) return doc
  return { ...doc, user: { ...user, value: { id: holder.id, name: holder.name, email: holder.email } } }
}
