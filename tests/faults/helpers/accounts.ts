import { ADMIN, EDITOR, FINAL, FIRST, SECOND } from '../../e2e/helpers/accounts'

/**
 * The demo accounts of the shipped 三审, one per stage in order (初审 责任编辑, 复审 部门主任,
 * 终审 值班总编辑): a story reaches readers only when three different people have passed it.
 */
export const STAGE_ACCOUNTS = [FIRST, SECOND, FINAL] as const

/** Logs in like a browser and returns the Cookie header. */
export async function login(baseUrl: string, account: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify(account),
  })
  if (response.status !== 200) throw new Error(`login of ${account.email} answered ${response.status}`)
  return response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('payload-token='))!
    .split(';')[0]!
}

/** The stage people, logged in, in the order of the stages. */
export async function stagePeople(baseUrl: string): Promise<string[]> {
  const cookies: string[] = []
  for (const account of STAGE_ACCOUNTS) cookies.push(await login(baseUrl, account))
  return cookies
}

/** `count` editor accounts (created by the admin over the API) and the demo stage people, logged in. */
export async function newsroom(baseUrl: string, count: number) {
  const admin = await login(baseUrl, ADMIN)
  const editors = [await login(baseUrl, EDITOR)]
  for (let i = 1; i < count; i++) {
    const account = { email: `editor-${i}-${Date.now()}@faults.example`, password: EDITOR.password }
    const created = await fetch(`${baseUrl}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, 'sec-fetch-site': 'same-origin', cookie: admin },
      body: JSON.stringify({ ...account, name: `编辑${i}`, roles: ['editor'] }),
    })
    if (created.status !== 201) throw new Error(`creating an editor answered ${created.status}`)
    editors.push(await login(baseUrl, account))
  }
  return { editors, reviewers: await stagePeople(baseUrl) }
}

export const READ_PATHS = [
  '/api/articles?limit=10&depth=1&sort=-publishedAt',
  '/',
  '/articles/zibo-aid-team-creates-angren-quality',
  '/projects',
  '/api/projects?limit=20',
  '/feed.xml',
]
