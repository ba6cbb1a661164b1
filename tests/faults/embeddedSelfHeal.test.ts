/**
 * The embedded PostgreSQL heals itself under `npm start`: when the server is killed (kill -9 of
 * the postmaster, as the kernel's OOM killer does), the app answers again within seconds with
 * every acknowledged write there, and nobody (this test included) restarts anything. When the
 * server cannot come back, the app stops with a message an operator understands, instead of
 * answering 503 for ever.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { login } from './helpers/accounts'
import { startOperatorApp, type OperatorApp } from './helpers/operatorApp'
import { sleep } from './helpers/load'

const CHIEF = { email: 'chief@self-heal.example', password: 'self-heal-password-1', name: '总编辑' }

let app: OperatorApp | undefined
let workDir: string | undefined

afterEach(async () => {
  await app?.stop()
  app = undefined
  // FAULTS_KEEP_LOGS=1 keeps npm start's output (and the data) for a look after a failure.
  if (workDir && process.env.FAULTS_KEEP_LOGS === '1') console.log(`kept ${workDir}`)
  else if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
  workDir = undefined
})

const browserHeaders = (url: string, cookie?: string) => ({
  'content-type': 'application/json',
  origin: url,
  'sec-fetch-site': 'same-origin',
  ...(cookie ? { cookie } : {}),
})

/** The first account of an empty system, made through Payload's first-register screen (npm start creates none). */
async function firstAccount(url: string): Promise<string> {
  const registered = await fetch(`${url}/api/users/first-register`, {
    method: 'POST',
    headers: browserHeaders(url),
    body: JSON.stringify(CHIEF),
  })
  expect(registered.status).toBe(200)
  return login(url, CHIEF)
}

async function secondsUntilApiAnswers(url: string, since: number, timeoutMs: number): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    const ok = await fetch(`${url}/api/articles?limit=1`, { signal: AbortSignal.timeout(2_000) })
      .then((response) => response.status === 200)
      .catch(() => false)
    if (ok) return (performance.now() - since) / 1000
    await sleep(100)
  }
  throw new Error(`the API did not answer 200 within ${timeoutMs / 1000} s of the kill`)
}

const newWorkDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'column-cms-self-heal-'))

it('kill -9 of the PostgreSQL server: it restarts by itself, the API answers within 10 s, the acknowledged write is there', async () => {
  workDir = newWorkDir()
  app = await startOperatorApp(workDir)
  const cookie = await firstAccount(app.url)
  const title = `自愈测试稿件-${Date.now().toString(36)}`
  const created = await fetch(`${app.url}/api/articles?draft=true`, {
    method: 'POST',
    headers: browserHeaders(app.url, cookie),
    body: JSON.stringify({ title, body: buildLexicalDocument([{ type: 'paragraph', text: `${title}的正文。` }]) }),
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }

  // At once after the answer: the write must already be durable.
  const postmaster = app.postmasterPid()
  const killedAt = performance.now()
  process.kill(postmaster, 'SIGKILL')

  const recovery = await secondsUntilApiAnswers(app.url, killedAt, 10_000)
  console.log(`embedded self-heal: the API answered 200 ${recovery.toFixed(1)} s after kill -9 of the postmaster`)

  expect(app.postmasterPid()).not.toBe(postmaster)
  expect(app.output()).toMatch(
    /PostgreSQL exited unexpectedly \(signal SIGKILL\); restarting in [\d.]+ s \(attempt 1 of \d+\)/,
  )
  expect(app.output()).toMatch(/PostgreSQL is back on 127\.0\.0\.1:\d+ after [\d.]+ s, crash recovery done/)

  // The acknowledged write, through the door its author uses and straight from the database.
  const read = await fetch(`${app.url}/api/articles/${doc.id}?draft=true`, { headers: browserHeaders(app.url, cookie) })
  expect(read.status).toBe(200)
  expect(((await read.json()) as { title: string }).title).toBe(title)
  const stored = await app.query<{ title: string }>(
    'SELECT version_title AS title FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
    [doc.id],
  )
  expect(stored).toEqual([{ title }])

  // And the app saves again, on the same login.
  const saved = await fetch(`${app.url}/api/articles/${doc.id}?draft=true`, {
    method: 'PATCH',
    headers: browserHeaders(app.url, cookie),
    body: JSON.stringify({ lead: '恢复之后的导语' }),
  })
  expect(saved.status).toBe(200)
  const lead = await app.query<{ lead: string }>(
    'SELECT version_lead AS lead FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
    [doc.id],
  )
  expect(lead).toEqual([{ lead: '恢复之后的导语' }])
})

it('a server that cannot restart (its data directory is gone): npm start stops with an operator message and a failure code', async () => {
  workDir = newWorkDir()
  app = await startOperatorApp(workDir)
  const answered = await fetch(`${app.url}/api/articles?limit=1`)
  expect(answered.status).toBe(200)

  // The running server keeps its files open; it is the restart that finds nothing.
  const postmaster = app.postmasterPid()
  fs.renameSync(app.dataDir, `${app.dataDir}-moved`)
  const killedAt = performance.now()
  process.kill(postmaster, 'SIGKILL')

  const code = await Promise.race([app.exited, sleep(120_000).then(() => 'still running' as const)])
  expect(code).not.toBe('still running')
  const stoppedAfter = (performance.now() - killedAt) / 1000
  console.log(
    `embedded self-heal: npm start gave up and exited (code ${code}) ${stoppedAfter.toFixed(1)} s after the kill`,
  )
  expect(code).not.toBe(0)
  const output = app.output()
  expect(output).toMatch(/PostgreSQL did not start again \(.*No such file or directory\); retrying in/)
  expect(output).toContain('The embedded PostgreSQL stopped and could not be started again')
  expect(output).toContain(`Likely cause: the data directory ${app.dataDir} is gone or incomplete`)
  // Never a new, empty cluster in its place: the newsroom's work is where the operator moved it.
  expect(fs.existsSync(app.dataDir)).toBe(false)
  await expect(fetch(`${app.url}/api/articles?limit=1`)).rejects.toThrow()
})
