import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Development logins survive restarts with a fixed secret; it is never used in production. */
const DEVELOPMENT_SECRET = 'development-only-secret-never-used-in-production'
const PRODUCTION_SECRET_FILE = path.resolve(process.cwd(), '.data/payload-secret')

/**
 * When PAYLOAD_SECRET is not set, production uses a random secret kept in .data/ (mode 600), so
 * `npm start` works out of the box, logins survive a restart, and no deployment runs with a
 * secret anyone could read in this repository. Several instances need a shared PAYLOAD_SECRET.
 */
function productionSecret(): string {
  const existing = fs.existsSync(PRODUCTION_SECRET_FILE) ? fs.readFileSync(PRODUCTION_SECRET_FILE, 'utf8').trim() : ''
  if (existing) return existing
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(PRODUCTION_SECRET_FILE), { recursive: true })
  fs.writeFileSync(PRODUCTION_SECRET_FILE, secret, { mode: 0o600 })
  console.log(`PAYLOAD_SECRET is not set: generated one in ${PRODUCTION_SECRET_FILE}`)
  return secret
}

export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  // `next build` loads the config too, but signs nothing.
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') {
    return DEVELOPMENT_SECRET
  }
  return productionSecret()
}

/**
 * The secrets a site running beside a script may sign with, most likely first: PAYLOAD_SECRET when
 * set (then nothing else), otherwise the one `npm start` generated in .data/ (if it did) and the
 * development secret of `npm run dev`. A script such as `npm run seed` tries them in turn to ask
 * that site to refresh its pages; it never creates a secret.
 */
export function secretsOfARunningSite(): string[] {
  if (process.env.PAYLOAD_SECRET) return [process.env.PAYLOAD_SECRET]
  const generated = fs.existsSync(PRODUCTION_SECRET_FILE) ? fs.readFileSync(PRODUCTION_SECRET_FILE, 'utf8').trim() : ''
  return [...(generated ? [generated] : []), DEVELOPMENT_SECRET]
}
