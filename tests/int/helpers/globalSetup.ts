import type { TestProject } from 'vitest/node'

import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { buildScripts } from '../../../scripts/build-scripts.mjs'
import { startPostgresProcess, type PostgresProcess } from '../../../src/db/startPostgresProcess'

export const TEMPLATE_DATABASE = 'column_test_template'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string
  }
}

let server: PostgresProcess | undefined
let dataDir: string | undefined

/** Applies the committed migrations to the template in a child process, exactly as `npm run migrate` would. */
function migrateTemplate(url: string): Promise<void> {
  const child = spawn(process.execPath, ['scripts/run.mjs', 'tests/int/helpers/migrateTemplate.ts'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrating the template failed (${code})`)))),
  )
}

/** One throwaway PostgreSQL for the run (never the developer's own .data), with a migrated template. */
export async function setup(project: TestProject) {
  await buildScripts()
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'column-cms-test-'))
  server = await startPostgresProcess(path.join(dataDir, 'pg'), [TEMPLATE_DATABASE])
  await migrateTemplate(server.urlFor(TEMPLATE_DATABASE))
  project.provide('postgresAdminUrl', server.urlFor('postgres'))
}

export async function teardown() {
  await server?.stop()
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true })
}
