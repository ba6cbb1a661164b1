import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

import { TEMPLATE_DATABASE } from './globalSetup'

export interface FreshDatabase {
  name: string
  url: string
  /** Raw SQL against this test file's database, to check what really got stored. */
  query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  close(): Promise<void>
}

const withAdmin = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client(inject('postgresAdminUrl'))
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** A database of its own for one test file, copied from the migrated template in milliseconds. */
export async function createFreshDatabase(): Promise<FreshDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`))
  const url = inject('postgresAdminUrl').replace(/\/postgres$/, `/${name}`)
  const pool = new pg.Pool({ connectionString: url, max: 2 })

  return {
    name,
    url,
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    // The database is not dropped: Payload's adapter holds a connection it never gives back, and
    // dropping would kill it under a live worker. The whole cluster is thrown away after the run.
    close: () => pool.end(),
  }
}
