/**
 * npm run seed: loads the column's content into the configured database (idempotent), then asks
 * a site running beside it to show the new content at once (src/site/revalidation/refreshRunningSite.ts).
 */
import { closePayload } from './lib/closePayload'
import { openPayload } from './lib/openPayload'
import { resolveDatabase } from '../src/db/resolveDatabase'
import { seedColumn } from '../src/seed/seedColumn'
import { refreshRunningSite } from '../src/site/revalidation/refreshRunningSite'

const database = await resolveDatabase()
let exitCode = 0
try {
  const payload = await openPayload()
  const { created } = await seedColumn(payload)
  console.log(
    `seed: created ${created.workflows} workflow(s), ${created.articles} article(s), ${created.projects} project(s), ${created.honors} honor(s), ` +
      `${created.media} image(s)${created.column ? ', the column settings' : ''}; everything else was already there`,
  )
  await closePayload(payload)
  const refresh = await refreshRunningSite()
  if (refresh.kind === 'refreshed') console.log(`seed: the site at ${refresh.origin} shows the new content now`)
  else if (refresh.kind === 'no-site')
    console.log(`seed: no site answers at ${refresh.origin}; it shows the content when it starts`)
  else
    console.warn(
      `seed: the site at ${refresh.origin} refused to refresh its pages (answer ${refresh.status}); restart it to show the content`,
    )
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await database.stop()
}
process.exit(exitCode)
