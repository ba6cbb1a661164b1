import type { Payload } from 'payload'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { closePayload } from '../../../scripts/lib/closePayload'
import { createFreshDatabase, type FreshDatabase } from './freshDatabase'
import { RestClient } from './restClient'

export interface TestContext {
  payload: Payload
  db: FreshDatabase
  rest: RestClient
  /** Where this test file's uploads are written (never the developer's own media/). */
  mediaDir: string
  close(): Promise<void>
}

/**
 * Payload on a fresh database (and upload folder) of this test file's own. The config reads DATABASE_URL when it is
 * imported, so it is imported only after the database exists (each test file has its own modules).
 */
export async function startTestPayload(): Promise<TestContext> {
  const db = await createFreshDatabase()
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'column-cms-media-'))
  process.env.DATABASE_URL = db.url
  process.env.MEDIA_DIR = mediaDir
  const { default: config } = await import('../../../payload.config')
  const { getPayload } = await import('payload')
  // getPayload caches instances on `global`, which outlives a test file when vitest reuses a worker:
  // a key of this file's own keeps it from being handed the previous file's Payload and database.
  const payload = await getPayload({ config, key: db.name })

  return {
    payload,
    db,
    rest: new RestClient(config, db.name),
    mediaDir,
    async close() {
      await closePayload(payload)
      await db.close()
      await fs.rm(mediaDir, { recursive: true, force: true })
    },
  }
}
