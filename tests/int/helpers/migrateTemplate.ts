/** Run by globalSetup in a child process: applies the committed migrations to DATABASE_URL. */
import { closePayload } from '../../../scripts/lib/closePayload'
import { openPayload } from '../../../scripts/lib/openPayload'

const payload = await openPayload()
await closePayload(payload)
process.exit(0)
