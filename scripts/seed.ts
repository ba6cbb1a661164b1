/** npm run seed: loads the column's content into the configured database (idempotent). */
import { closePayload } from './lib/closePayload'
import { openPayload } from './lib/openPayload'
import { resolveDatabase } from '../src/db/resolveDatabase'
import { seedColumn } from '../src/seed/seedColumn'

const database = await resolveDatabase()
let exitCode = 0
try {
  const payload = await openPayload()
  const { created } = await seedColumn(payload)
  console.log(
    `seed: created ${created.articles} article(s), ${created.projects} project(s), ${created.honors} honor(s), ` +
      `${created.media} image(s)${created.column ? ', the column settings' : ''}; everything else was already there`,
  )
  await closePayload(payload)
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await database.stop()
}
process.exit(exitCode)
