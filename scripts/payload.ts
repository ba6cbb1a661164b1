/**
 * The Payload CLI (migrate, migrate:create, generate:types, ...) against the same database the app
 * uses: DATABASE_URL when set, otherwise the embedded PostgreSQL, started for the command and stopped after.
 */
import { bin } from './lib/bin'
import { runChild } from './lib/runChild'
import { resolveDatabase } from '../src/db/resolveDatabase'

const database = await resolveDatabase()
runChild(bin('payload'), process.argv.slice(2), database.stop, database.lost)
