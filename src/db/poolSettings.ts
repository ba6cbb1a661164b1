/**
 * How the app uses its PostgreSQL connections, chosen on purpose rather than left to the driver's
 * defaults: a request that cannot get a connection fails within seconds (answered 503) instead of
 * queueing forever, and a transaction or statement that hangs is ended by the server itself, so
 * one mistake can never hold the pool and freeze every page (GUIDE, pitfall 10).
 */
export interface PoolSettings {
  /** Connections in the pool (`DATABASE_POOL_MAX`). */
  max: number
  /** How long a query waits for a free connection before failing (`DATABASE_CONNECT_TIMEOUT_MS`). */
  connectionTimeoutMillis: number
  /** Longest statement PostgreSQL lets run (`DATABASE_STATEMENT_TIMEOUT_MS`, 0 = no limit). */
  statement_timeout: number
  /** How long a row lock is waited for before the statement fails (`DATABASE_LOCK_TIMEOUT_MS`). */
  lock_timeout: number
  /** A transaction left open without a statement is ended after this (`DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS`). */
  idle_in_transaction_session_timeout: number
  /** Shown in pg_stat_activity, so an operator can tell the app's sessions from others. */
  application_name: string
}

export const DEFAULT_POOL_SETTINGS: PoolSettings = {
  max: 10,
  connectionTimeoutMillis: 5_000,
  statement_timeout: 30_000,
  lock_timeout: 10_000,
  idle_in_transaction_session_timeout: 15_000,
  application_name: 'column-cms',
}

const VARIABLES: Record<keyof Omit<PoolSettings, 'application_name'>, string> = {
  max: 'DATABASE_POOL_MAX',
  connectionTimeoutMillis: 'DATABASE_CONNECT_TIMEOUT_MS',
  statement_timeout: 'DATABASE_STATEMENT_TIMEOUT_MS',
  lock_timeout: 'DATABASE_LOCK_TIMEOUT_MS',
  idle_in_transaction_session_timeout: 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS',
}

/** The settings from the environment; a value that is not a whole number ≥ 0 (≥ 1 for the pool) is refused at start. */
export function poolSettings(env: Record<string, string | undefined> = process.env): PoolSettings {
  const settings = { ...DEFAULT_POOL_SETTINGS }
  for (const [key, variable] of Object.entries(VARIABLES) as [keyof typeof VARIABLES, string][]) {
    const raw = env[variable]
    if (raw === undefined || raw === '') continue
    const value = Number(raw)
    const least = key === 'max' ? 1 : 0
    if (!Number.isInteger(value) || value < least) {
      throw new Error(`${variable} must be a whole number of at least ${least}, not "${raw}".`)
    }
    settings[key] = value
  }
  return settings
}

/**
 * The options handed to the Postgres adapter's pool. Payload's adapter (3.90, connect.js) checks
 * out one client when it connects and never returns it, so the pool gets one more than `max`:
 * `max` is what requests can really use.
 */
export function postgresPoolOptions(env: Record<string, string | undefined> = process.env) {
  const settings = poolSettings(env)
  return { ...settings, max: settings.max + 1 }
}

/**
 * When the transaction watchdog speaks up and when it ends a transaction: a transaction open longer
 * than two statement timeouts cannot be doing useful work (PostgreSQL has ended it already).
 */
export function transactionWatchdogLimits(env: Record<string, string | undefined> = process.env) {
  const { statement_timeout } = poolSettings(env)
  return { warnAfterMs: 10_000, endAfterMs: statement_timeout > 0 ? Math.max(60_000, 2 * statement_timeout) : 0 }
}
