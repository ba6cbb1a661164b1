import type { EventEmitter } from 'node:events'
import type { Config } from 'payload'

type DatabaseAdapterResult = Config['db']

interface PooledAdapter {
  pool?: EventEmitter
  payload?: { logger: { warn(details: object): void } }
}

const watched = new WeakSet<EventEmitter>()

/**
 * Payload's Postgres adapter, with errors on idle connections logged instead of thrown. When the
 * database goes away (a crash, the embedded server's restart), node-postgres reports each idle
 * connection it loses as an 'error' event on the pool, and Node turns an event nobody listens to
 * into an uncaught exception: Next.js logs "uncaughtException", a script (seed, migrate) dies.
 * The pool has already dropped that connection and opens a new one for the next query, so a
 * warning is all it calls for.
 */
export function withPoolErrorsLogged(adapter: DatabaseAdapterResult): DatabaseAdapterResult {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const connect = instance.connect
      if (!connect) return instance
      instance.connect = async function (this: typeof instance & PooledAdapter, options) {
        await connect.call(this, options)
        const pool = this.pool
        if (!pool || watched.has(pool)) return
        watched.add(pool)
        pool.on('error', (error: Error) =>
          this.payload?.logger.warn({
            msg: `lost an idle database connection (${error.message}); the pool opens a new one`,
          }),
        )
      }
      return instance
    },
  }
}
