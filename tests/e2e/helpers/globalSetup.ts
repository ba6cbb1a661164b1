import type { TestProject } from 'vitest/node'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { buildScripts } from '../../../scripts/build-scripts.mjs'
import {
  buildSite,
  prepareSiteDatabase,
  freePort,
  startSite,
  type RunningSite,
  type SiteOptions,
} from '../../../scripts/lib/siteServer'
import { startPostgresProcess, type PostgresProcess } from '../../../src/db/startPostgresProcess'

import { E2E_PASSWORD } from './accounts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    artifactsDir: string
    /** The site's database, for tests that must read what was stored or let time pass (a lock growing old). */
    databaseUrl: string
    /** Where the first-day test keeps its own embedded PostgreSQL and uploads. */
    firstDayDir: string
  }
}

/** Builds into a directory of its own, so a developer's `.next` is never replaced. */
export const E2E_DIST_DIR = '.next-e2e'
const ARTIFACTS = path.resolve('tests/e2e/artifacts')
const DATABASE = 'column_e2e'
// The build reads an empty database: a first production deployment builds before anything exists.
const EMPTY_DATABASE = 'column_empty'

let database: PostgresProcess | undefined
let site: RunningSite | undefined
let workDir: string | undefined

/**
 * The browser tests run against a production build (`npm run build` + `next start`) on a database
 * of their own, seeded from the column's article, exactly as a newsroom would run it. The build
 * itself is made against an empty database, as on an operator's first day: the pages it renders
 * are expired when the server starts.
 * E2E_REUSE_BUILD=1 skips the build when iterating on tests (and in CI after `npm test` built it).
 */
export async function setup(project: TestProject) {
  await buildScripts()
  await fs.mkdir(ARTIFACTS, { recursive: true })
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'column-cms-e2e-'))
  database = await startPostgresProcess(path.join(workDir, 'pg'), [DATABASE, EMPTY_DATABASE])
  const options: SiteOptions = {
    databaseUrl: database.urlFor(DATABASE),
    port: await freePort(),
    distDir: E2E_DIST_DIR,
    secret: 'e2e-secret-not-used-anywhere-else',
    mediaDir: path.join(workDir, 'media'),
    env: { DEMO_PASSWORD: E2E_PASSWORD },
  }
  await prepareSiteDatabase(options)
  if (process.env.E2E_REUSE_BUILD !== '1') await buildSite({ ...options, databaseUrl: database.urlFor(EMPTY_DATABASE) })
  site = await startSite(options)
  project.provide('siteUrl', site.url)
  project.provide('artifactsDir', ARTIFACTS)
  project.provide('databaseUrl', options.databaseUrl)
  project.provide('firstDayDir', path.join(workDir, 'first-day'))
}

export async function teardown() {
  await site?.stop()
  await database?.stop()
  if (workDir) await fs.rm(workDir, { recursive: true, force: true })
}
