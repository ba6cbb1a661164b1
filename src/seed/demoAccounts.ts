import type { Payload } from 'payload'

import type { User } from '@/payload-types'

export const DEMO_ACCOUNTS: { email: string; name: string; roles: User['roles'] }[] = [
  { email: 'admin@example.com', name: '系统管理员', roles: ['admin'] },
  { email: 'editor@example.com', name: '编辑 王晓', roles: ['editor'] },
  { email: 'reviewer@example.com', name: '审稿人 李明', roles: ['reviewer'] },
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
