/**
 * npm start (NODE_ENV=production): applies the committed migrations, then serves the built app
 * with `next start`. Uses DATABASE_URL when set, otherwise the embedded PostgreSQL. Never creates
 * accounts.
 */
import { bin } from './lib/bin'
import { migratedDatabase } from './lib/migratedDatabase'
import { runChild } from './lib/runChild'
import { warmUp } from './lib/warmUp'
import { payloadSecret } from '../src/config/payloadSecret'

// The server's scheduler reaches its own site on this port (src/site/revalidation/notifySite.ts).
const port = (process.env.PORT ||= '3000')
// next start must sign with the same secret the config chose (possibly generated just now).
process.env.PAYLOAD_SECRET = payloadSecret()
const database = await migratedDatabase()

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
runChild(bin('next'), ['start', '--port', port], database.stop, database.lost)
void warmUp(port)
