/**
 * Run by prepareSiteDatabase (scripts/lib/siteServer.ts) for the browser, fault and benchmark runs:
 * migrates the site's database, seeds the column from the article and creates the demo accounts
 * (password from DEMO_PASSWORD), exactly as `npm run dev` prepares a fresh checkout.
 */
import { closePayload } from './lib/closePayload'
import { openPayload } from './lib/openPayload'
import { createDemoAccounts } from '../src/seed/demoAccounts'
import { seedColumn } from '../src/seed/seedColumn'

const payload = await openPayload()
await seedColumn(payload)
await createDemoAccounts(payload)
await closePayload(payload)
process.exit(0)
