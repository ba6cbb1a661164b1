import { DEMO_ACCOUNTS } from '../../../src/seed/demoAccounts'

/** The password the browser tests' server gives the demo accounts. */
export const E2E_PASSWORD = 'e2e-password-7391'

export interface DemoAccount {
  email: string
  password: string
  name: string
  /** The name the sign-off chain records and the article page prints. */
  realName: string
  roles: readonly string[]
}

const account = (email: string): DemoAccount => {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.email === email)
  if (!found) throw new Error(`no demo account ${email}`)
  return {
    email: found.email,
    password: E2E_PASSWORD,
    name: found.name,
    realName: found.realName ?? found.name,
    roles: found.roles ?? [],
  }
}

export const ADMIN = account('admin@example.com')
export const EDITOR = account('editor@example.com')
/** One person per stage of the shipped 三审: 责任编辑 (初审), 部门主任 (复审), 值班总编辑 (终审, 签发). */
export const FIRST = account('first@example.com')
export const SECOND = account('second@example.com')
export const FINAL = account('final@example.com')
/** Holds every stage role, as the one-gate reviewer did: refused at a second stage of one version. */
export const REVIEWER = account('reviewer@example.com')

/** The single-role person of each stage role, so that every stage is passed by someone else. */
export const STAGE_PEOPLE: Readonly<Record<string, DemoAccount>> = {
  first_reviewer: FIRST,
  second_reviewer: SECOND,
  final_reviewer: FINAL,
}
