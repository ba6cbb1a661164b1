/**
 * Run by the browser tests' global setup in a child process (compiled like the npm scripts):
 * migrates the site's database, seeds the column from the article and creates the demo accounts
 * (password from DEMO_PASSWORD), exactly as `npm run dev` prepares a fresh checkout.
 */
import { closePayload } from '../../../scripts/lib/closePayload'
import { openPayload } from '../../../scripts/lib/openPayload'
import { createDemoAccounts } from '../../../src/seed/demoAccounts'
import { seedColumn } from '../../../src/seed/seedColumn'

const payload = await openPayload()
await seedColumn(payload)
await createDemoAccounts(payload)
await closePayload(payload)
process.exit(0)
