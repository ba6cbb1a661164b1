import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

/** The one role check of the project. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))

export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor', 'reviewer')
