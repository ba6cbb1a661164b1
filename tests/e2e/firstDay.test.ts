/**
 * An operator's first day, exactly as the README's Production section says: the build (made by
 * the e2e setup against an empty database), `npm start` on an empty embedded PostgreSQL, the
 * site's empty pages, Payload's first-user screen in the browser, then `npm run seed` beside the
 * running server — and the site shows the column at once, without a rebuild or a restart.
 */
import type { Browser } from 'playwright-core'

import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'

import { freePort } from '../../scripts/lib/siteServer'
import { stopGracefully } from '../../scripts/lib/stopGracefully'
import { launchBrowser } from './helpers/browser'
import { E2E_DIST_DIR } from './helpers/globalSetup'

const SECRET = 'first-day-secret-for-this-test-only'

let browser: Browser
let server: ChildProcess | undefined
let serverOutput = ''
let origin: string
let environment: NodeJS.ProcessEnv

/** An operator's shell: no DATABASE_URL (the embedded PostgreSQL), the build the e2e setup made. */
function operatorEnvironment(dir: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // No DATABASE_URL (the embedded PostgreSQL) and no NODE_ENV (npm start sets it), as in a fresh
    // shell: spawn leaves out variables whose value is undefined.
    DATABASE_URL: undefined,
    NODE_ENV: undefined as unknown as NodeJS.ProcessEnv['NODE_ENV'],
    EMBEDDED_PG_DIR: path.join(dir, 'postgres'),
    MEDIA_DIR: path.join(dir, 'media'),
    NEXT_DIST_DIR: E2E_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: SECRET,
    PAYLOAD_LOG_LEVEL: 'warn',
    PORT: String(port),
    SERVER_URL: `http://localhost:${port}`,
  }
}

/** Runs an npm script to its end; resolves to its exit code and output. */
function runScript(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn('npm', ['run', '--silent', script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })))
}

async function waitUntilAnswering(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`npm start exited early:\n${serverOutput.slice(-3000)}`)
    const answered = await fetch(`${url}/api/users/me`)
      .then((response) => response.status === 200)
      .catch(() => false)
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`npm start did not answer within ${timeoutMs / 1000} s:\n${serverOutput.slice(-3000)}`)
}

const page = async (pathname: string) => {
  const response = await fetch(`${origin}${pathname}`)
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() }
}

beforeAll(async () => {
  const dir = inject('firstDayDir')
  await fs.rm(dir, { recursive: true, force: true })
  const port = await freePort()
  origin = `http://localhost:${port}`
  environment = operatorEnvironment(dir, port)
  server = spawn('npm', ['start'], { env: environment, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  server.stdout!.on('data', (chunk: Buffer) => (serverOutput += chunk))
  server.stderr!.on('data', (chunk: Buffer) => (serverOutput += chunk))
  // A new cluster is initialised and migrated first.
  await waitUntilAnswering(origin, 240_000)
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  if (server && server.exitCode === null) {
    // npm start stops next start and then its PostgreSQL; the whole group goes on SIGTERM.
    await stopGracefully(server, 'SIGTERM')
  }
})

it('serves every page of an empty column with the name from the code and a clear empty state', async () => {
  for (const pathname of ['/', '/articles', '/projects', '/honors', '/feed.xml', '/sitemap.xml']) {
    const answer = await page(pathname)
    expect(answer.status, pathname).toBe(200)
  }
  const home = await page('/')
  expect(home.text).toContain('穿越喜马拉雅的守望')
  expect(home.text).toContain('暂无已发布的报道')
  // The words a reader sees (Next's inline scripts carry "$undefined" markers of their own).
  expect(home.text.replace(/<script[\s\S]*?<\/script>/g, '')).not.toContain('undefined')
  expect((await page('/articles')).text).toContain('暂无已发布的报道')
  expect((await page('/projects')).text).toContain('暂无已发布的项目')
  expect((await page('/honors')).text).toContain('暂无已发布的荣誉')

  const feed = await page('/feed.xml')
  expect(feed.type).toContain('application/rss+xml')
  expect(feed.text).toContain('<title>穿越喜马拉雅的守望 · 大众日报</title>')
  expect(feed.text).not.toContain('<item>')
  const sitemap = await page('/sitemap.xml')
  expect(sitemap.text).toContain(`<loc>${origin}/</loc>`)
  expect(sitemap.text).not.toContain('/articles/')
})

it("shows Payload's first-user screen, and the first account registered there is an administrator", async () => {
  const context = await browser.newContext()
  const tab = await context.newPage()
  await tab.goto(`${origin}/admin`)
  await tab.waitForURL(/\/admin\/create-first-user/, { timeout: 60_000 })
  await tab.fill('#field-email', 'chief@first-day.example')
  await tab.fill('#field-password', 'first-day-password-1')
  await tab.fill('#field-confirm-password', 'first-day-password-1')
  await tab.fill('#field-name', '总编辑 张华')
  await tab.click('button[type="submit"]')
  await tab.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })

  const me = await tab.evaluate(async () => (await fetch('/api/users/me')).json())
  expect(me.user).toMatchObject({ email: 'chief@first-day.example', name: '总编辑 张华', roles: ['admin'] })
  await context.close()
})

it('npm run seed beside the running server shows the column at once, without a rebuild or restart', async () => {
  const seed = await runScript('seed', environment)
  expect(seed.code, seed.output).toBe(0)
  expect(seed.output).toContain('shows the new content now')
  // The server kept its database: the seed used it and left it running.
  expect(server?.exitCode).toBeNull()

  const articles = await fetch(`${origin}/api/articles?limit=1&sort=-publishedAt`).then((r) => r.json())
  expect(articles.totalDocs).toBeGreaterThan(0)
  const title: string = articles.docs[0].title

  // One request each, straight after the seed: no waiting for a cache to run out.
  const home = await page('/')
  expect(home.text).toContain(title)
  expect(home.text).not.toContain('暂无已发布的报道')
  expect((await page('/feed.xml')).text).toContain('<item>')
  expect((await page('/projects')).text).not.toContain('暂无已发布的项目')
  expect((await page('/sitemap.xml')).text).toContain('/articles/')
})
