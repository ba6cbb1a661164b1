import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { isAdmin } from '@/access/isAdmin'
import { ROLES } from '@/access/roles'
import { bilingual } from '@/i18n/bilingual'

import { ROLE_LABELS } from './roleLabels'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { guardRoleChanges } from './hooks/guardRoleChanges'
import { hideSessions } from './hooks/hideSessions'
import { pruneSessions } from './hooks/pruneSessions'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: bilingual('用户', 'User'), plural: bilingual('用户', 'Users') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    group: bilingual('系统', 'System'),
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    beforeLogin: [pruneSessions],
    afterRead: [hideSessions],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, label: bilingual('姓名', 'Name') },
    {
      // Online news rules ask for the responsible editor's real name on what is published: the
      // sign-off chain prints this (or the name above when it is empty).
      name: 'realName',
      type: 'text',
      maxLength: 40,
      label: bilingual('真实姓名（见报署名）', 'Real name (printed)'),
      admin: {
        description: bilingual(
          '审核通过稿件时记入签发记录，并按流程设定印在已发布稿件末尾。',
          'Recorded in the sign-off chain when you pass a stage, and printed at the end of published stories as the workflow says.',
        ),
      },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: bilingual('角色', 'Roles'),
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      hooks: { beforeValidate: [guardRoleChanges] },
      access: {
        // Read-only in the admin for everyone else; the hook turns an attempt into a clear 403.
        update: ({ req, id }) => Boolean(req.user?.roles?.includes('admin') && req.user.id !== id),
      },
    },
    {
      // Payload's own list of the account's logins (auth.useSessions), merged with its definition:
      // declared here only so that no answer shows it (REST, GraphQL, the admin), not even to its
      // owner, whom Payload lets read it; hideSessions drops the key. Payload's login, refresh and
      // logout read it from the database, its JWT strategy with access overridden.
      name: 'sessions',
      type: 'array',
      fields: [],
      access: { read: () => false, update: () => false },
      admin: { disabled: true },
    },
  ],
}
