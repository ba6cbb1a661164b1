/**
 * Many hands on one story, against the production build: an editor's burst of simultaneous saves,
 * then each step of 三审 sent six times at once (double clicks, retries, two tabs), each by the
 * person of its stage and naming the version they looked at, as the admin does; repeated, on one
 * document and on ten at once. Each move must happen exactly once, nothing may answer 500, and
 * afterwards the server must still answer at once with no transaction left open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { EDITOR } from '../e2e/helpers/accounts'
import { login, stagePeople } from './helpers/accounts'
import { startFaultEnvironment, type FaultEnvironment } from './helpers/faultEnvironment'

let env: FaultEnvironment
let editor: string
/** 责任编辑, 部门主任, 值班总编辑: the people of 初审, 复审 and 终审. */
let first: string
let second: string
let final: string

beforeAll(async () => {
  env = await startFaultEnvironment()
  editor = await login(env.site.url, EDITOR)
  ;[first, second, final] = (await stagePeople(env.site.url)) as [string, string, string]
})
afterAll(async () => {
  await env?.close()
})

async function call(path: string, cookie: string, method = 'GET', body?: unknown) {
  const response = await fetch(`${env.site.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      origin: env.site.url,
      'sec-fetch-site': 'same-origin',
      cookie,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  })
  return { status: response.status, json: (await response.json().catch(() => null)) as any }
}

async function newArticle(title: string) {
  const created = await call('/api/articles?draft=true', editor, 'POST', {
    title,
    body: buildLexicalDocument([{ type: 'paragraph', text: `${title}的正文。` }]),
  })
  expect(created.status).toBe(201)
  return created.json.doc.id as number
}

/** Every step of 三审, by whom: the 值班总编辑 approves 终审, then publishes. */
const PHASES = [
  ['submit', 'submit', () => editor],
  ['初审', 'approve', () => first],
  ['复审', 'approve', () => second],
  ['终审', 'approve', () => final],
  ['publish', 'publish', () => final],
] as const

/** The version a reviewer looks at before acting: every one of the six clicks names it. */
async function versionOnScreen(id: number): Promise<string> {
  const read = await call(`/api/articles/${id}?draft=true&depth=0`, editor)
  expect(read.status).toBe(200)
  return read.json.updatedAt as string
}

const counts = async (id: number) => {
  const [row] = await env.query<{ log: number; notes: number }>(
    `SELECT (SELECT count(*)::int FROM reviews WHERE document_collection = 'articles' AND document_id = $1) AS log,
            (SELECT count(*)::int FROM notifications WHERE document_collection = 'articles' AND document_id = $1) AS notes`,
    [id],
  )
  return row!
}

/** Ten simultaneous saves, then each step six times at once. Returns the statuses per phase and the notifications each step sent. */
async function burst(id: number, round: number) {
  const statuses: Record<string, number[]> = {}
  const saves = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      call(`/api/articles/${id}?draft=true`, editor, 'PATCH', { lead: `第${round}轮第${i}次保存` }),
    ),
  )
  statuses.save = saves.map((answer) => answer.status)
  const notified: number[] = []
  for (const [phase, action, who] of PHASES) {
    const before = (await counts(id)).notes
    const version = await versionOnScreen(id)
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => call(`/api/articles/${id}/workflow`, who(), 'POST', { action, version })),
    )
    statuses[phase] = answers.map((answer) => answer.status).sort()
    notified.push((await counts(id)).notes - before)
  }
  return { statuses, notified }
}

/** The notifications each step sends when taken once, measured on a document of its own. */
async function notificationsOfOneRound(): Promise<number[]> {
  const id = await newArticle('参照稿件')
  const notified: number[] = []
  for (const [, action, who] of PHASES) {
    const before = (await counts(id)).notes
    expect((await call(`/api/articles/${id}/workflow`, who(), 'POST', { action })).status).toBe(200)
    notified.push((await counts(id)).notes - before)
  }
  return notified
}

async function expectServerFreeAndNoTransactionOpen() {
  const started = performance.now()
  const list = await fetch(`${env.site.url}/api/articles?limit=5&depth=0`, { signal: AbortSignal.timeout(2_000) })
  expect(list.status).toBe(200)
  const page = await fetch(`${env.site.url}/feed.xml`, { signal: AbortSignal.timeout(2_000) })
  expect(page.status).toBe(200)
  console.log(`anonymous list and feed answered in ${(performance.now() - started).toFixed(0)} ms`)
  const open = await env.query<{ state: string; query: string }>(
    `SELECT state, left(query, 120) AS query FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`,
  )
  expect(open).toEqual([])
}

/** One of the six goes through; the others find the version they named replaced (409). */
const EXPECTED_STEPS = Object.fromEntries(PHASES.map(([phase]) => [phase, [200, 409, 409, 409, 409, 409]]))

describe('bursts on one story', () => {
  it('takes each move exactly once, three rounds running, and leaves the server free', async () => {
    const once = await notificationsOfOneRound()
    const id = await newArticle('并发稿件')
    for (let round = 1; round <= 3; round++) {
      const { statuses, notified } = await burst(id, round)
      expect(statuses).toEqual({ save: Array(10).fill(200), ...EXPECTED_STEPS })
      expect(notified).toEqual(once)
      expect((await counts(id)).log).toBe(PHASES.length * round)
      await expectServerFreeAndNoTransactionOpen()
    }
    const [row] = await env.query('SELECT _status, workflow_status FROM articles WHERE id = $1', [id])
    expect(row).toMatchObject({ _status: 'published', workflow_status: 'published' })
  })

  it('does the same on ten stories at once', async () => {
    const once = await notificationsOfOneRound()
    const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => newArticle(`十篇并发-${i}`)))
    const started = performance.now()
    const results = await Promise.all(ids.map((id) => burst(id, 1)))
    console.log(
      `ten bursts (${ids.length * (10 + 6 * PHASES.length)} requests) answered in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
    for (const { statuses, notified } of results) {
      expect(statuses).toEqual({ save: Array(10).fill(200), ...EXPECTED_STEPS })
      expect(notified).toEqual(once)
    }
    for (const id of ids) expect((await counts(id)).log).toBe(PHASES.length)
    await expectServerFreeAndNoTransactionOpen()
  })
})
