import { DEMO_ACCOUNTS } from '../../../src/seed/demoAccounts'

/** The password the browser tests' server gives the demo accounts. */
export const E2E_PASSWORD = 'e2e-password-7391'

const accountWith = (role: 'admin' | 'editor' | 'reviewer') => {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.roles.includes(role))
  if (!account) throw new Error(`no demo account with the role ${role}`)
  return { email: account.email, password: E2E_PASSWORD, name: account.name }
}

export const EDITOR = accountWith('editor')
export const REVIEWER = accountWith('reviewer')
export const ADMIN = accountWith('admin')
