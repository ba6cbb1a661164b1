import type { Migration, Payload } from 'payload'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { migrations } from '../../src/migrations'

/**
 * Payload's Local API for a script, with every committed migration applied first. The config
 * connects to DATABASE_URL when Payload starts, so the caller starts the database before this.
 */
export async function openPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  // The generated list is typed with the adapter's argument types; Payload's signature is looser.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return payload
}
