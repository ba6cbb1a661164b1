/**
 * Transactions that stay open too long are named in the log with the code that opened them, and
 * ended when they outlive any statement they could be running. PostgreSQL ends an idle transaction
 * on its side (idle_in_transaction_session_timeout), but the app's side would keep waiting for a
 * commit that never comes and keep the pool's connection checked out; this gives it back.
 */
interface OpenedSession {
  reject: () => Promise<void>
}

interface Opening {
  at: number
  /** Where the transaction was begun: the stack of the code that asked for it. */
  origin: string
  warned: boolean
}

export interface WatchedAdapter {
  sessions: Record<string, OpenedSession>
  payload?: { logger: { warn(details: object): void; error(details: object): void } }
}

export interface WatchdogLimits {
  /** Log a transaction still open after this long. */
  warnAfterMs: number
  /** Roll back a transaction still open after this long (0: never). */
  endAfterMs: number
}

const openings = new WeakMap<OpenedSession, Opening>()

export function recordOpening(session: OpenedSession): void {
  const origin = (new Error('transaction opened').stack ?? '').split('\n').slice(2, 12).join('\n')
  openings.set(session, { at: Date.now(), origin, warned: false })
}

/** One pass over the open transactions (the watchdog runs it every few seconds). */
export function inspectTransactions(adapter: WatchedAdapter, limits: WatchdogLimits, now = Date.now()): string[] {
  const ended: string[] = []
  for (const [id, session] of Object.entries(adapter.sessions)) {
    const opening = openings.get(session)
    if (!opening) continue
    const openMs = now - opening.at
    if (limits.endAfterMs > 0 && openMs >= limits.endAfterMs) {
      adapter.payload?.logger.error({
        msg: `rolling back a transaction open for ${Math.round(openMs / 1000)} s (it was never committed or rolled back)`,
        origin: opening.origin,
      })
      delete adapter.sessions[id]
      void session.reject()
      ended.push(id)
    } else if (!opening.warned && openMs >= limits.warnAfterMs) {
      opening.warned = true
      adapter.payload?.logger.warn({
        msg: `a transaction has been open for ${Math.round(openMs / 1000)} s`,
        origin: opening.origin,
      })
    }
  }
  return ended
}

export function watchTransactions(adapter: WatchedAdapter, limits: WatchdogLimits, everyMs = 2_000): () => void {
  const timer = setInterval(() => inspectTransactions(adapter, limits), everyMs)
  // The watchdog never keeps a script (seed, migrate) alive by itself.
  timer.unref()
  return () => clearInterval(timer)
}
