/**
 * npm run dev: the whole system on one command. Starts PostgreSQL (embedded unless DATABASE_URL
 * is set), applies migrations, seeds an empty database with the column and the demo accounts,
 * then runs `next dev`; Ctrl-C stops both.
 */
import { bin } from './lib/bin'
import { migratedDatabase } from './lib/migratedDatabase'
import { runChild } from './lib/runChild'
import { warmUp } from './lib/warmUp'
import { createDemoAccounts, demoPassword, DEMO_ACCOUNTS } from '../src/seed/demoAccounts'
import { seedColumn } from '../src/seed/seedColumn'

// The server's scheduler reaches its own site on this port (src/site/revalidation/notifySite.ts).
const port = (process.env.PORT ||= '3000')
const database = await migratedDatabase(async (payload) => {
  const { totalDocs } = await payload.count({ collection: 'articles' })
  if (totalDocs === 0) {
    const { created } = await seedColumn(payload)
    console.log(
      `seeded the column: ${created.articles} article, ${created.projects} projects, ${created.honors} honors`,
    )
  }
  await createDemoAccounts(payload)
})

console.log(`
  Column CMS (development)
  site:   http://localhost:${port}/
  admin:  http://localhost:${port}/admin
  demo accounts (password "${demoPassword()}"): ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.roles.join(', ')})`).join(', ')}
`)
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
runChild(bin('next'), ['dev', '--port', port], database.stop, database.lost)
void warmUp(port)
