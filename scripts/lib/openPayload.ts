import type { Migration, Payload } from 'payload'

import { getPayload } from 'payload'

import { migrations } from '../../src/migrations'

/**
 * Seen here: while Payload connects, migrates or shuts down, Node sometimes finds nothing left
 * to wait for and exits in the middle (code 13, unsettled top-level await). A timer held for
 * the duration keeps the process alive until the work is really done.
 */
async function keptAlive<T>(work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {}, 1000)
  try {
    return await work()
  } finally {
    clearInterval(timer)
  }
}

/**
 * Payload's Local API for a script, with every committed migration applied first.
 * The config is imported only now: it reads DATABASE_URL and PAYLOAD_SECRET when it loads,
 * and the calling script sets them first.
 */
export function openPayload(): Promise<Payload> {
  return keptAlive(async () => {
    const { default: config } = await import('../../payload.config')
    const payload = await getPayload({ config })
    // The generated list is typed with the adapter's argument types; Payload's signature is looser.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    return payload
  })
}

/**
 * Payload's destroy() forgets the schema but leaves the connection pool open, and the Postgres
 * adapter keeps one connection checked out for good (its reconnect watch), so `pool.end()` never
 * resolves. We close the idle connections, let the database stop or drop the held one, and
 * ignore the errors those expected disconnects raise.
 */
export function closePayload(payload: Payload): Promise<void> {
  return keptAlive(async () => {
    const pool = (payload.db as { pool?: { end(): Promise<void>; on(event: 'error', listener: () => void): void } })
      .pool
    pool?.on('error', () => {})
    await payload.destroy()
    void pool?.end()
  })
}
