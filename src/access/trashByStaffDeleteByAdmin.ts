import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/**
 * Delete access of a collection with a recycle bin. Payload asks it with `data.deletedAt` set when
 * a document is to be moved to the trash (an update), and without for a permanent delete.
 * - Moving to the trash: staff; which document each of them may move is decided per document
 *   (src/workflow/trash.ts, applied in guardTrashMoves), since it depends on whether readers see it.
 * - Deleting permanently: admins only, and only documents already in the trash, so every
 *   destruction was first a trashing on record. A filter, not a check after the fact: the admin
 *   then offers "delete permanently" only where it can succeed.
 */
export const trashByStaffDeleteByAdmin: Access = ({ req, data }) => {
  if (data?.deletedAt) return isStaffUser(req.user)
  return hasRole(req.user, 'admin') ? { deletedAt: { exists: true } } : false
}
