import type { PayloadHandler } from 'payload'

import { publicError } from '@/errors/publicError'

const PREFERENCES = 'payload-preferences'

/**
 * DELETE /api/payload-preferences/:key, in place of Payload's handler (3.90). Payload's deletes by a
 * query on the owner (`user.value`, a join) through the adapter's deleteOne, whose fallback query
 * for "no such row" loses the join and fails in SQL: deleting a key one does not have (another
 * person's preference, a typo) answered 500. Here the preference is looked up and deleted through
 * the Local API with the caller's access (Payload's own rule: one's own preferences only), so a
 * missing or foreign key is a 404 and the delete runs in Payload's transaction and hooks.
 */
export const deleteOwnPreference: PayloadHandler = async (req) => {
  if (!req.user) throw publicError('请先登录。 / Please log in first.', 401, 'NotLoggedIn')
  const key = String(req.routeParams?.key ?? '')
  const { docs } = await req.payload.find({
    collection: PREFERENCES,
    where: { key: { equals: key } },
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  if (!docs[0]) {
    throw publicError('没有这项偏好设置。 / There is no such preference of yours.', 404, 'PreferenceNotFound')
  }
  const deleted = await req.payload.delete({
    collection: PREFERENCES,
    id: docs[0].id,
    overrideAccess: false,
    depth: 0,
    req,
  })
  return Response.json({ ...deleted, message: req.t('general:deletedSuccessfully') })
}
