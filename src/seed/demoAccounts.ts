import type { Payload } from 'payload'

import type { User } from '@/payload-types'

/**
 * One account per role of the default workflows, so a newcomer can walk a story through all of
 * 三审 at once: the editor writes, the 责任编辑, 部门主任 and 值班总编辑 each pass a stage.
 * `reviewer@` holds every stage role, as the one-gate reviewer did (it is refused at a second
 * stage of the same version, like anyone).
 */
export const DEMO_ACCOUNTS: { email: string; name: string; realName?: string; roles: User['roles'] }[] = [
  { email: 'admin@example.com', name: '系统管理员', roles: ['admin'] },
  { email: 'editor@example.com', name: '编辑 王晓', realName: '王晓', roles: ['editor'] },
  {
    email: 'reviewer@example.com',
    name: '审稿人 李明',
    realName: '李明',
    roles: ['first_reviewer', 'second_reviewer', 'final_reviewer'],
  },
  { email: 'first@example.com', name: '责任编辑 张华', realName: '张华', roles: ['first_reviewer'] },
  { email: 'second@example.com', name: '部门主任 刘强', realName: '刘强', roles: ['second_reviewer'] },
  { email: 'final@example.com', name: '值班总编辑 陈静', realName: '陈静', roles: ['final_reviewer'] },
]

export const demoPassword = (): string => process.env.DEMO_PASSWORD || 'demo-password'

/**
 * Development only: accounts with a known password so a newcomer can log in at once.
 * Refuses to run in production, where no account with a published password may exist.
 */
export async function createDemoAccounts(payload: Payload): Promise<string[]> {
  if (process.env.NODE_ENV === 'production') throw new Error('demo accounts are never created in production')
  const created: string[] = []
  for (const account of DEMO_ACCOUNTS) {
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: account.email } } })
    if (totalDocs > 0) continue
    await payload.create({ collection: 'users', data: { ...account, password: demoPassword() } })
    created.push(account.email)
  }
  return created
}
