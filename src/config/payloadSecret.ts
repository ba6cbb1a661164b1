/**
 * Payload signs logins with this secret. Development gets a fixed one so logins survive restarts;
 * production must be given its own (scripts/start.ts generates and keeps one when none is set),
 * so no deployment ever runs with a secret that is printed in this repository.
 */
const DEVELOPMENT_SECRET = 'development-only-secret-never-used-in-production'

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('PAYLOAD_SECRET must be set in production (npm start sets one up for you)')
  }
  return DEVELOPMENT_SECRET
}
