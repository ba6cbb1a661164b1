import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Versions, drafts and internal records: never readable without a newsroom login. */
export const staffOnly: Access = ({ req }) => isStaffUser(req.user)
