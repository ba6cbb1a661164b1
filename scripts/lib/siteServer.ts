/**
 * A production build of the site, started and stopped on demand: used by the browser tests, the
 * fault tests and the benchmark, so all three measure the app the way it runs in production.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { siteTags } from '../../src/site/cacheTags'
import { postSiteRevalidation } from '../../src/site/revalidation/notifySite'
import { watchPeakMemory } from './processTreeMemory'
import { stopGracefully } from './stopGracefully'

const NEXT = path.resolve('node_modules/.bin/next')

export interface SiteOptions {
  databaseUrl: string
  port: number
  /** Where `next build` writes and `next start` reads (NEXT_DIST_DIR). */
  distDir: string
  secret: string
  mediaDir: string
  /** Anything else the server should see (DEMO_PASSWORD, PAYLOAD_LOG_LEVEL, ...). */
  env?: Record<string, string>
  /** Write the server's output to this file instead of the terminal (fault tests provoke thousands of expected errors). */
  logFile?: string
}

export function siteEnvironment(options: SiteOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: options.databaseUrl,
    NEXT_DIST_DIR: options.distDir,
    PAYLOAD_SECRET: options.secret,
    PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL ?? 'warn',
    MEDIA_DIR: options.mediaDir,
    PORT: String(options.port),
    SERVER_URL: `http://localhost:${options.port}`,
    ...options.env,
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}

/** Runs a command quietly; its output is shown only when it fails. Resolves to the peak memory in bytes. */
export function runQuietly(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): Promise<number> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const peak = watchPeakMemory(child.pid!)
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      const peakBytes = peak()
      if (code === 0) resolve(peakBytes)
      else reject(new Error(`${what} failed (exit code ${code}):\n${output.slice(-4000)}`))
    }),
  )
}

/**
 * A database ready for the site, as `npm run dev` prepares a fresh checkout: migrated, seeded with
 * the column, with the demo accounts (password from `options.env.DEMO_PASSWORD`). Runs in a child
 * process compiled like the npm scripts (scripts/prepareSite.ts); demo accounts refuse production.
 */
export async function prepareSiteDatabase(options: SiteOptions): Promise<void> {
  await runQuietly(
    process.execPath,
    ['scripts/run.mjs', 'scripts/prepareSite.ts'],
    { ...siteEnvironment(options), NODE_ENV: 'development' },
    'preparing the database',
  )
}

/**
 * `npm run build` of the site (migrations, then `next build`), as an operator runs it; returns its
 * wall time and the peak memory of its process tree.
 */
export async function buildSite(options: SiteOptions): Promise<{ seconds: number; peakMemoryMb: number }> {
  const started = performance.now()
  const peakBytes = await runQuietly(
    process.execPath,
    ['scripts/run.mjs', 'scripts/build.ts'],
    siteEnvironment(options),
    'npm run build',
  )
  return { seconds: (performance.now() - started) / 1000, peakMemoryMb: peakBytes / 2 ** 20 }
}

export interface RunningSite {
  url: string
  process: ChildProcess
  /** Stops the server (SIGTERM, or the signal given; SIGKILL after a grace period) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`)
    const answered = await fetch(`${url}/api/users/me`)
      .then((response) => response.status < 500)
      .catch(() => false)
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the site did not answer within ${timeoutMs / 1000} s`)
}

/**
 * `next start` on the built site, as `npm start` runs it: once it answers, the whole page cache
 * is expired, so nothing rendered at build time is shown.
 */
export async function startSite(options: SiteOptions, timeoutMs = 120_000): Promise<RunningSite> {
  const log = options.logFile ? fs.openSync(options.logFile, 'a') : undefined
  const child = spawn(NEXT, ['start', '--port', String(options.port)], {
    env: siteEnvironment(options),
    stdio: log === undefined ? ['ignore', 'ignore', 'inherit'] : ['ignore', log, log],
  })
  if (log !== undefined) fs.closeSync(log)
  const url = `http://localhost:${options.port}`
  try {
    await waitUntilServing(url, child, timeoutMs)
    const status = await postSiteRevalidation(url, [siteTags.everything], options.secret)
    if (status !== 204) throw new Error(`expiring the build's pages answered ${status}`)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  return {
    url,
    process: child,
    stop: (signal = 'SIGTERM') => stopGracefully(child, signal),
  }
}
