import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import {
  freePort,
  prepareSiteDatabase,
  startSite,
  type RunningSite,
  type SiteOptions,
} from '../../../scripts/lib/siteServer'
import { startPostgresProcess, type PostgresProcess } from '../../../src/db/startPostgresProcess'
import { E2E_DIST_DIR } from '../../e2e/helpers/globalSetup'
import { E2E_PASSWORD } from '../../e2e/helpers/accounts'

const DATABASE = 'column_faults'

/**
 * One production server on one embedded PostgreSQL, each of which a test may kill and restart:
 * the database on the same port and data directory (so the app finds it again by itself), the app
 * on the same port and database.
 */
export interface FaultEnvironment {
  site: RunningSite
  options: SiteOptions
  /** SIGKILL to the PostgreSQL server itself (the postmaster), as a crash would do. */
  killDatabase(): Promise<void>
  startDatabase(): Promise<void>
  restartSite(signal?: NodeJS.Signals): Promise<void>
  /** A query straight to the database, bypassing the app: for checking what was really stored. */
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>
  close(): Promise<void>
}

export async function startFaultEnvironment(): Promise<FaultEnvironment> {
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'column-cms-faults-'))
  const dataDir = path.join(workDir, 'pg')
  const port = await freePort()
  let database: PostgresProcess = await startPostgresProcess(dataDir, [DATABASE], { port })
  const options: SiteOptions = {
    databaseUrl: database.urlFor(DATABASE),
    port: await freePort(),
    distDir: E2E_DIST_DIR,
    secret: 'faults-secret',
    mediaDir: path.join(workDir, 'media'),
    env: { DEMO_PASSWORD: E2E_PASSWORD },
    logFile: path.join(workDir, 'server.log'),
  }
  await prepareSiteDatabase(options)
  const environment: FaultEnvironment = {
    site: await startSite(options),
    options,
    async killDatabase() {
      const pidFile = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')
      process.kill(Number(pidFile.split('\n')[0]), 'SIGKILL')
      // Its wrapper process notices nothing to stop and exits.
      await database.stop()
    },
    async startDatabase() {
      database = await startPostgresProcess(dataDir, [], { port })
    },
    async restartSite(signal = 'SIGTERM') {
      await environment.site.stop(signal)
      environment.site = await startSite(options)
    },
    async query(text, values) {
      const client = new pg.Client({ connectionString: options.databaseUrl })
      await client.connect()
      try {
        return (await client.query(text, values)).rows
      } finally {
        await client.end()
      }
    },
    async close() {
      await environment.site.stop()
      await database.stop()
      // FAULTS_KEEP_LOGS=1 keeps the server's log (and data) for a look after a failure.
      if (process.env.FAULTS_KEEP_LOGS === '1') console.log(`kept ${workDir}`)
      else await fs.rm(workDir, { recursive: true, force: true })
    },
  }
  return environment
}
