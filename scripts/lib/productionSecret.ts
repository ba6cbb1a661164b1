import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

const SECRET_FILE = path.resolve('.data/payload-secret')

/**
 * When PAYLOAD_SECRET is not set, production uses a random secret kept in .data/ (mode 600),
 * so logins survive a restart and no deployment runs with a secret anyone could read here.
 */
export async function productionSecret(): Promise<string> {
  const existing = await fs.readFile(SECRET_FILE, 'utf8').catch(() => '')
  if (existing.trim()) return existing.trim()
  const secret = randomBytes(32).toString('hex')
  await fs.mkdir(path.dirname(SECRET_FILE), { recursive: true })
  await fs.writeFile(SECRET_FILE, secret, { mode: 0o600 })
  console.log(`PAYLOAD_SECRET is not set: generated one in ${SECRET_FILE}`)
  return secret
}
