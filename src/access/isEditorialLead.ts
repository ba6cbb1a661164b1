import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins and reviewers: the people who answer for what the column states. */
export const isEditorialLead: Access = ({ req }) => hasRole(req.user, 'admin', 'reviewer')
