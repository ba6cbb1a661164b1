/**
 * npm start: production. Applies the committed migrations, then serves the built app with
 * `next start`. Uses DATABASE_URL when set, otherwise the embedded PostgreSQL. Never creates accounts.
 */
import { bin } from './lib/bin'
import { closePayload, openPayload } from './lib/openPayload'
import { productionSecret } from './lib/productionSecret'
import { runChild } from './lib/runChild'
import { resolveDatabase } from '../src/db/resolveDatabase'

Object.assign(process.env, { NODE_ENV: 'production' })
process.env.PAYLOAD_SECRET ||= await productionSecret()
const port = process.env.PORT || '3000'
const database = await resolveDatabase()

try {
  const payload = await openPayload()
  await closePayload(payload)
} catch (error) {
  await database.stop()
  throw error
}

runChild(bin('next'), ['start', '--port', port], database.stop)
