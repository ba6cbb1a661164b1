import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

interface Executor {
  execute(query: unknown): Promise<unknown>
}
interface PostgresAdapterParts {
  sessions?: Record<string, { db: Executor } | undefined>
  tableNameMap?: Map<string, string>
}

/**
 * Takes the row lock of a document (or a global's single row) in the request's transaction, so
 * writes to one document happen one after another: each reads, decides and writes while no other
 * write of it can start (GUIDE pitfall 11). Every writer takes this lock first and only this one,
 * so writers of one document can wait for each other but never deadlock. Readers are not blocked.
 * Returns false when the request has no transaction (nothing to hold the lock in).
 */
export async function lockForUpdate(req: PayloadRequest, table: string, id?: number | string): Promise<boolean> {
  const adapter = req.payload.db as unknown as PostgresAdapterParts
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = transactionID === undefined ? undefined : adapter.sessions?.[String(transactionID)]
  if (!session) return false
  const name = adapter.tableNameMap?.get(table) ?? table
  await session.db.execute(
    id === undefined
      ? sql`SELECT 1 FROM ${sql.identifier(name)} FOR UPDATE`
      : sql`SELECT 1 FROM ${sql.identifier(name)} WHERE id = ${id} FOR UPDATE`,
  )
  return true
}
