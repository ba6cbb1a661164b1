/**
 * npm run build: `next build` with the database at hand. Next renders the site's pages while it
 * builds, so it reads the content (published only, like any reader); migrations are applied first
 * so the schema is there. Uses DATABASE_URL when set, otherwise the embedded PostgreSQL. Pages
 * built here are expired when the server starts (scripts/lib/warmUp.ts), so a build made against
 * another database never shows its content to readers.
 */
import { bin } from './lib/bin'
import { migratedDatabase } from './lib/migratedDatabase'
import { runChild } from './lib/runChild'

const database = await migratedDatabase()

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
runChild(bin('next'), ['build'], database.stop, database.lost)
