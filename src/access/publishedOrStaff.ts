import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * Readers see published documents only. `draft=false` is not a filter (Payload then returns the
 * newest version of a never-published document), so the filter lives in access itself.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}
