import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '@/access/roles'

/**
 * The usage join fields are for staff (usage.ts): a reader's read would compute them only for
 * Payload to drop them from the answer, so it does not ask for them at all.
 */
export const skipUsageForReaders: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || isStaffUser(req.user)) return args
  return { ...args, joins: false }
}
