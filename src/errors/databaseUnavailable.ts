/**
 * Whether an error means the database cannot be reached right now (down, restarting, connection
 * cut), as opposed to a bug or a bad request. Such a failure is answered 503 so that clients and
 * load balancers retry, instead of a 500 that says the request itself broke something.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND'])
// PostgreSQL SQLSTATEs: connection exceptions (08xxx) and the server shutting down or starting (57P0x).
const POSTGRES_CODES = /^(08\d{3}|57P0[1-3])$/
const MESSAGES = [
  // Payload re-throws some driver errors as new errors that keep only the text
  // ("cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432").
  /\bconnect (ECONNREFUSED|ECONNRESET|ETIMEDOUT)\b/,
  /\bread ECONNRESET\b/,
  /Client (has encountered a connection error|was closed) and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
]

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 8 || typeof error !== 'object' || error === null) return false
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown }
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_CODES.test(code))) return true
  if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true
  return isDatabaseUnavailable(cause, depth + 1)
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  '数据库暂时不可用，请稍后重试；已保存的内容不受影响。 / The database is unavailable for a moment; try again shortly. Nothing saved is lost.'
