import type { Payload } from 'payload'

import { resolveDatabase, type DatabaseHandle } from '../../src/db/resolveDatabase'
import { closePayload } from './closePayload'
import { openPayload } from './openPayload'

/**
 * The database for a server or a build, with the committed migrations applied. `prepare` runs
 * with Payload open (seeding, accounts); on any failure the embedded PostgreSQL is stopped before
 * the error surfaces, so no server is left behind.
 */
export async function migratedDatabase(prepare?: (payload: Payload) => Promise<void>): Promise<DatabaseHandle> {
  const database = await resolveDatabase()
  try {
    const payload = await openPayload()
    await prepare?.(payload)
    await closePayload(payload)
  } catch (error) {
    await database.stop()
    throw error
  }
  return database
}
