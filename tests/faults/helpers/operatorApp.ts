import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { freePort } from '../../../scripts/lib/siteServer'
import { urlFor } from '../../../src/db/credentials'
import { DEFAULT_DATABASE } from '../../../src/db/resolveDatabase'
import { E2E_DIST_DIR } from '../../e2e/helpers/globalSetup'

/**
 * The app as an operator runs it: `npm start` with no DATABASE_URL, so it starts (and on first
 * use initialises and migrates) its own embedded PostgreSQL in `dataDir`, and serves the
 * production build the browser tests made. Nothing here helps it: a test only looks and harms.
 */
export interface OperatorApp {
  url: string
  dataDir: string
  /** Everything `npm start` printed so far (stdout and stderr, as the operator's terminal shows it). */
  output(): string
  /** Resolves with `npm start`'s exit code when it ends. */
  exited: Promise<number | null>
  /** The pid of the PostgreSQL server (the postmaster), from its lock file. */
  postmasterPid(): number
  /** A query straight to the app's database, bypassing the app: what was really stored. */
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>
  /** Ctrl-C as an operator does (SIGINT to the whole foreground process group); waits for the end. */
  stop(): Promise<void>
}

const lockFileLines = (dataDir: string) => fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode}:\n${output()}`)
    const answered = await fetch(`${url}/api/users/me`, { signal: AbortSignal.timeout(5_000) })
      .then((response) => response.status < 500)
      .catch(() => false)
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`npm start did not answer within ${timeoutMs / 1000} s:\n${output()}`)
}

export async function startOperatorApp(workDir: string, timeoutMs = 240_000): Promise<OperatorApp> {
  const port = await freePort()
  const url = `http://localhost:${port}`
  const dataDir = path.join(workDir, 'pg')
  // No DATABASE_URL: the app starts its own PostgreSQL.
  const { DATABASE_URL: _url, ...inherited } = process.env
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    // What `npm start` sets itself; said here so that vitest's "test" never leaks through.
    NODE_ENV: 'production',
    EMBEDDED_PG_DIR: dataDir,
    NEXT_DIST_DIR: E2E_DIST_DIR,
    // Set, so that npm start never writes a generated secret into the checkout's .data/.
    PAYLOAD_SECRET: 'self-heal-secret',
    PAYLOAD_LOG_LEVEL: 'warn',
    MEDIA_DIR: path.join(workDir, 'media'),
    PORT: String(port),
    SERVER_URL: url,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  // Its own process group, like a terminal's foreground job, so stop() reaches every process.
  const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let printed = ''
  const log = fs.createWriteStream(path.join(workDir, 'npm-start.log'))
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      printed += chunk
      log.write(chunk)
    })
  }
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  void exited.then(() => log.end())
  const output = () => printed

  try {
    await waitUntilAnswering(url, child, output, timeoutMs)
  } catch (error) {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL')
    throw error
  }

  return {
    url,
    dataDir,
    output,
    exited,
    postmasterPid: () => Number(lockFileLines(dataDir)[0]),
    async query(text, values) {
      const client = new pg.Client({ connectionString: urlFor(Number(lockFileLines(dataDir)[3]), DEFAULT_DATABASE) })
      await client.connect()
      try {
        return (await client.query(text, values)).rows
      } finally {
        await client.end()
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      process.kill(-child.pid!, 'SIGINT')
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000)
      await exited.finally(() => clearTimeout(timer))
    },
  }
}
