import type { FieldHook } from 'payload'

import type { User } from '@/payload-types'

import { hasRole } from '@/access/roles'
import { publicError } from '@/errors/publicError'

type Roles = User['roles']

const sameRoles = (a: Roles, b: Roles) => a.length === b.length && a.every((role) => b.includes(role))

/**
 * Only admins may grant or remove roles, and nobody may change their own: an admin cannot lock
 * themselves out by accident, and no one can raise their own privileges. Payload's field access
 * would drop such a change silently, so this hook (which runs before field access) refuses it
 * with a 403 instead. Calls without a user are the server's own (seed, CLI).
 */
export const guardRoleChanges: FieldHook<User, Roles | undefined> = ({
  value,
  previousValue,
  operation,
  originalDoc,
  req,
}) => {
  const user = req.user
  if (!user || value === undefined || operation !== 'update') return value
  if (sameRoles(value ?? [], previousValue ?? [])) return value
  if (!hasRole(user, 'admin') || originalDoc?.id === user.id) {
    throw publicError(
      '只有管理员可以修改角色，且不能修改自己的角色。 / Only administrators may change roles, and never their own.',
      403,
      'RoleChangeError',
    )
  }
  return value
}
