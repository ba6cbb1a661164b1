import type { Access, Where } from 'payload'

import { isStaffUser } from './roles'

// A new object on every call: Payload may rewrite a query in place while running it.
const publishedAndNotTrashed = (): Where => ({
  and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }],
})

/**
 * Readers see published documents only. `draft=false` is not a filter (Payload then returns the
 * newest version of a never-published document), so the filter lives in access itself. Nor is
 * the trash: `?trash=true` asks Payload to include trashed documents, so readers' access leaves
 * them out itself. For collections with a recycle bin (`deletedAt`).
 */
export const publishedOrStaff: Access = ({ req }) => (isStaffUser(req.user) ? true : publishedAndNotTrashed())
