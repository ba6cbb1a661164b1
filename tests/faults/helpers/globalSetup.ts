import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { buildScripts } from '../../../scripts/build-scripts.mjs'
import { buildSite, prepareSiteDatabase, freePort, type SiteOptions } from '../../../scripts/lib/siteServer'
import { startPostgresProcess } from '../../../src/db/startPostgresProcess'
import { E2E_DIST_DIR } from '../../e2e/helpers/globalSetup'

/**
 * The fault tests run the production build the browser tests use (`.next-e2e`). It is built here
 * unless E2E_REUSE_BUILD=1 says it is current (CI: `npm test` has just built it).
 */
export async function setup() {
  await buildScripts()
  if (process.env.E2E_REUSE_BUILD === '1') return
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'column-cms-faults-build-'))
  const database = await startPostgresProcess(path.join(workDir, 'pg'), ['column_build'])
  try {
    const options: SiteOptions = {
      databaseUrl: database.urlFor('column_build'),
      port: await freePort(),
      distDir: E2E_DIST_DIR,
      secret: 'faults-build',
      mediaDir: path.join(workDir, 'media'),
    }
    await prepareSiteDatabase(options)
    await buildSite(options)
  } finally {
    await database.stop()
    await fs.rm(workDir, { recursive: true, force: true })
  }
}
