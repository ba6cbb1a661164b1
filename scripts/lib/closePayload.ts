import type { Payload } from 'payload'

/**
 * Payload's destroy() forgets the schema but leaves the connection pool open, and the Postgres
 * adapter keeps one connection checked out for good (its reconnect watch), so `pool.end()` never
 * resolves. We close the idle connections, let the database stop or drop the held one, and
 * ignore the errors those expected disconnects raise.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as { pool?: { end(): Promise<void>; on(event: 'error', listener: () => void): void } }).pool
  pool?.on('error', () => {})
  await payload.destroy()
  void pool?.end()
}
