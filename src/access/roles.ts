import type { User } from '@/payload-types'

/**
 * The newsroom's roles. A user may hold several. The three reviewer roles are the people of the
 * 三审 stages (the workflows collection names which roles act at which stage):
 * - `first_reviewer` 责任编辑, who reads the copy word by word (初审);
 * - `second_reviewer` 部门主任, the head of the department (复审);
 * - `final_reviewer` 值班总编辑, who signs a story off for release (终审, 签发).
 * `admin` may act wherever a reviewer may, and alone assigns roles and edits the workflows.
 */
export const ROLES = ['admin', 'editor', 'first_reviewer', 'second_reviewer', 'final_reviewer'] as const
export type Role = (typeof ROLES)[number]

/** The roles a workflow stage can name. */
export const REVIEWER_ROLES = ['first_reviewer', 'second_reviewer', 'final_reviewer'] as const
export type ReviewerRole = (typeof REVIEWER_ROLES)[number]

/**
 * What the one-gate workflow's `reviewer` became (migration 20261202_*): every stage role, so an
 * account keeps every power it had: approving, publishing, taking down, editing the column.
 */
export const LEGACY_REVIEWER_ROLES: readonly Role[] = REVIEWER_ROLES

/** Everyone who answers for what the column states: the reviewers of any stage and the admins. */
export const ADMIN_ROLE = 'admin' satisfies Role

export const LEAD_ROLES: readonly Role[] = [ADMIN_ROLE, ...REVIEWER_ROLES]

/** Everyone on the staff: who may write, and who may read drafts. */
export const STAFF_ROLES: readonly Role[] = ROLES

type MaybeUser = Pick<User, 'roles'> | null | undefined

/** The one role check of the project. */
export const hasRole = (user: MaybeUser, ...roles: readonly Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role as Role)))

export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, ...STAFF_ROLES)

export const isLeadUser = (user: MaybeUser): boolean => hasRole(user, ...LEAD_ROLES)
