import type { Access } from 'payload'

import { isLeadUser } from './roles'

/** Admins and the reviewers of every stage: the people who answer for what the column states. */
export const isEditorialLead: Access = ({ req }) => isLeadUser(req.user)
