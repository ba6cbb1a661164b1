import { inject } from 'vitest'

import { buildLexicalDocument, type DocumentBlock } from '../../../src/lexical/buildDocument'

import { FINAL, FIRST, STAGE_PEOPLE } from './accounts'

/** HTTP helpers for tests that talk to the running site and its API as a browser would. */
export const siteUrl = (): string => inject('siteUrl')

export interface Account {
  email: string
  password: string
}

export interface Answer<T = unknown> {
  status: number
  headers: Headers
  body: T
  text: string
}

async function answer<T>(response: Response): Promise<Answer<T>> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // HTML, XML or an empty body: keep the text.
  }
  return { status: response.status, headers: response.headers, body: body as T, text }
}

/** Logs in through the REST API; returns the Cookie header a browser would send afterwards. */
export async function login(account: Account): Promise<string> {
  const response = await fetch(`${siteUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sameOrigin('POST') },
    body: JSON.stringify(account),
  })
  if (response.status !== 200) throw new Error(`login of ${account.email} answered ${response.status}`)
  const token = response.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))
  if (!token) throw new Error('login set no payload-token cookie')
  return token.split(';')[0]!
}

/**
 * What a browser adds to a request from a page of this site. Payload accepts its login cookie
 * only from its own origin (CSRF protection), so a test that left these out would be refused.
 */
const sameOrigin = (method: string): Record<string, string> => ({
  'sec-fetch-site': 'same-origin',
  ...(method === 'GET' || method === 'HEAD' ? {} : { origin: siteUrl() }),
})

export async function api<T = Record<string, unknown>>(
  path: string,
  options: { method?: string; body?: unknown; cookie?: string } = {},
): Promise<Answer<T>> {
  const method = options.method ?? 'GET'
  const response = await fetch(`${siteUrl()}${path}`, {
    method,
    headers: {
      ...sameOrigin(method),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    redirect: 'manual',
  })
  return answer<T>(response)
}

/** A page of the site, as a reader (or, with cookies, as a logged-in previewer) fetches it. */
export async function getPage(path: string, cookie?: string): Promise<Answer<string>> {
  const response = await fetch(`${siteUrl()}${path}`, {
    headers: cookie ? { cookie, ...sameOrigin('GET') } : {},
    redirect: 'manual',
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text, text }
}

/** Saves a new draft article as an editor; returns its id and slug. */
export async function createDraftArticle(
  cookie: string,
  fields: { title: string; blocks?: DocumentBlock[]; [key: string]: unknown },
): Promise<{ id: number; slug: string }> {
  const { blocks = [{ type: 'paragraph', text: '正文。' }], ...data } = fields
  const saved = await api<{ doc: { id: number; slug: string } }>('/api/articles?draft=true', {
    method: 'POST',
    cookie,
    body: { ...data, body: buildLexicalDocument(blocks) },
  })
  if (saved.status !== 201) throw new Error(`saving a draft answered ${saved.status}: ${saved.text}`)
  return saved.body.doc
}

export async function takeStep(
  cookie: string,
  collection: string,
  id: number,
  action: string,
  extra: { comment?: string; publishAt?: string; assignee?: number; overrideChecks?: string } = {},
): Promise<Answer> {
  return api(`/api/${collection}/${id}/workflow`, { method: 'POST', cookie, body: { action, ...extra } })
}

/** Takes the steps in order and fails loudly on the first refusal. */
export async function takeSteps(steps: [cookie: string, action: string][], collection: string, id: number) {
  for (const [cookie, action] of steps) {
    // Sending back and taking down need a reason.
    const needsComment = action === 'request_changes' || action === 'unpublish'
    const result = await takeStep(cookie, collection, id, action, needsComment ? { comment: '测试：请说明原因' } : {})
    if (result.status !== 200) throw new Error(`${action} answered ${result.status}: ${result.text}`)
  }
}

const logins = new Map<string, Promise<string>>()

/** One login per account and test file: a stage walk takes several steps by each person. */
export const loginOnce = (account: Account): Promise<string> => {
  let cookie = logins.get(account.email)
  if (!cookie) {
    cookie = login(account)
    logins.set(account.email, cookie)
  }
  return cookie
}

interface StoredStage {
  key: string
  name: { zh: string }
  roles: string[]
  release: boolean
}

/** Where the newest version stands, as staff read it. */
async function standing(collection: string, id: number) {
  const read = await api<{ workflowStatus: string; reviewStage: StoredStage | null }>(
    `/api/${collection}/${id}?draft=true&depth=0`,
    { cookie: await loginOnce(FIRST) },
  )
  if (read.status !== 200) throw new Error(`reading ${collection}/${id} answered ${read.status}: ${read.text}`)
  return read.body
}

/**
 * Passes every stage of the document's workflow (as the server has it: 三审 for articles, 初审 →
 * 终审 for projects and honors), each by a different person of that stage: the 责任编辑, the
 * 部门主任, the 值班总编辑. The release stage approves (`approved`, waiting for publication) or,
 * with `sign_off`, signs off and publishes, at `publishAt` when given. Returns who passed each stage.
 */
export async function passAllStages(
  collection: string,
  id: number,
  release: { action: 'approve' | 'sign_off'; publishAt?: string } = { action: 'approve' },
): Promise<{ stage: string; by: Account }[]> {
  const passed: { stage: string; by: Account }[] = []
  for (let step = 0; step < 10; step++) {
    const { workflowStatus, reviewStage } = await standing(collection, id)
    if (workflowStatus !== 'in_review') return passed
    if (!reviewStage) throw new Error(`${collection}/${id} is in review without a stage`)
    const person = reviewStage.roles
      .map((role) => STAGE_PEOPLE[role])
      .find((candidate) => candidate && !passed.some((p) => p.by.email === candidate.email))
    if (!person) throw new Error(`no demo account left for the stage ${reviewStage.name.zh}`)
    const action = reviewStage.release ? release.action : 'approve'
    const extra = reviewStage.release && release.publishAt ? { publishAt: release.publishAt } : {}
    const result = await takeStep(await loginOnce(person), collection, id, action, extra)
    if (result.status !== 200)
      throw new Error(`${action} at ${reviewStage.name.zh} answered ${result.status}: ${result.text}`)
    passed.push({ stage: reviewStage.name.zh, by: person })
  }
  throw new Error(`${collection}/${id} did not leave review`)
}

/**
 * Submits a document as `editor` and takes it through every stage to readers: each stage passed by
 * a different person, the release stage signed off (签发) by its own.
 */
export async function publishThroughWorkflow(editor: string, collection: string, id: number) {
  await takeSteps([[editor, 'submit']], collection, id)
  await passAllStages(collection, id, { action: 'sign_off' })
  const { workflowStatus } = await standing(collection, id)
  if (workflowStatus !== 'published') throw new Error(`${collection}/${id} ended ${workflowStatus}, not published`)
}

/** The release stage's person (值班总编辑), who publishes, takes down and stops a release. */
export const releaseCookie = () => loginOnce(FINAL)

/**
 * Polls until `check` holds, at most `timeoutMs`; returns how long it took. Used only where a
 * reader would reload: the figure itself belongs to the benchmark.
 */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`not true within ${timeoutMs} ms`)
}

/** A title no other test uses. */
export const uniqueTitle = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
