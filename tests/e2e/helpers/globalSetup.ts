import type { TestProject } from 'vitest/node'

import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { buildScripts } from '../../../scripts/build-scripts.mjs'
import { postSiteRevalidation } from '../../../src/site/revalidation/notifySite'
import { siteTags } from '../../../src/site/cacheTags'
import { startPostgresProcess, type PostgresProcess } from '../../../src/db/startPostgresProcess'

import { E2E_PASSWORD } from './accounts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    artifactsDir: string
  }
}

/** Builds into a directory of its own, so a developer's `.next` is never replaced. */
const DIST_DIR = '.next-e2e'
const ARTIFACTS = path.resolve('tests/e2e/artifacts')
const DATABASE = 'column_e2e'

let database: PostgresProcess | undefined
let server: ChildProcess | undefined
let workDir: string | undefined

/** Runs a step quietly; its output is shown only when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): Promise<void> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (exit code ${code}):\n${output.slice(-4000)}`)),
    ),
  )
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`)
    const ok = await fetch(`${url}/api/users/me`)
      .then((response) => response.status < 500)
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the site did not answer within ${timeoutMs / 1000} s`)
}

/**
 * The browser tests run against a production build (`next build` + `next start`) on a database
 * of their own, seeded from the column's article, exactly as a newsroom would run it.
 * E2E_REUSE_BUILD=1 skips the build when iterating on tests (never in CI).
 */
export async function setup(project: TestProject) {
  await buildScripts()
  await fs.mkdir(ARTIFACTS, { recursive: true })
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'column-cms-e2e-'))
  database = await startPostgresProcess(path.join(workDir, 'pg'), [DATABASE])
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.urlFor(DATABASE),
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'e2e-secret-not-used-anywhere-else',
    PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL ?? 'warn',
    DEMO_PASSWORD: E2E_PASSWORD,
    MEDIA_DIR: path.join(workDir, 'media'),
    PORT: String(port),
    SERVER_URL: `http://localhost:${port}`,
  }
  // Demo accounts refuse production; the database is prepared as in development.
  await run(
    process.execPath,
    ['scripts/run.mjs', 'tests/e2e/helpers/prepareSite.ts'],
    { ...env, NODE_ENV: 'development' },
    'preparing the database',
  )
  if (process.env.E2E_REUSE_BUILD !== '1') {
    await run(path.resolve('node_modules/.bin/next'), ['build'], env, 'next build')
  }
  server = spawn(path.resolve('node_modules/.bin/next'), ['start', '--port', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const siteUrl = `http://localhost:${port}`
  await waitUntilServing(siteUrl, server)
  // As `npm start` does: nothing rendered at build time outlives the start.
  const status = await postSiteRevalidation(siteUrl, [siteTags.everything], env.PAYLOAD_SECRET)
  if (status !== 204) throw new Error(`expiring the build's pages answered ${status}`)
  project.provide('siteUrl', siteUrl)
  project.provide('artifactsDir', ARTIFACTS)
}

export async function teardown() {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM')
    await new Promise((resolve) => server!.once('exit', resolve))
  }
  await database?.stop()
  if (workDir) await fs.rm(workDir, { recursive: true, force: true })
}
