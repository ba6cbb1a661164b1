/**
 * Transactions whose failed COMMIT is reported, not swallowed.
 *
 * In @payloadcms/drizzle 3.90, beginTransaction hands commitTransaction a promise that has a
 * `.catch` attached, and commitTransaction catches again: when the COMMIT itself fails (the
 * database dies at that moment), the operation carries on as if it had been saved and the API
 * answers 200 for a write PostgreSQL rolled back. tests/faults/databaseCrash.test.ts caught it:
 * acknowledged saves were missing after a crash. These two replacements lift drizzle's transaction
 * callback the same way but keep the COMMIT's outcome, so such a write answers an error instead.
 */
import { randomUUID } from 'node:crypto'

import { recordOpening } from './transactionWatchdog'

interface Session {
  db: unknown
  resolve: () => Promise<void>
  reject: () => Promise<void>
}

/** The parts of Payload's Postgres adapter these functions use. */
export interface TransactionalAdapter {
  drizzle: { transaction(run: (tx: unknown) => Promise<void>, options?: unknown): Promise<void> }
  sessions: Record<string, Session>
  initializing?: Promise<void>
  transactionOptions?: unknown
  payload: { logger: { error(details: object): void } }
}

const ROLLBACK = Symbol('rollback')

export async function beginTransaction(this: TransactionalAdapter, options?: unknown): Promise<string> {
  const id = randomUUID()
  await this.initializing
  let transaction: unknown
  let finish!: (commit: boolean) => void
  let started!: () => void
  let failedToStart!: (error: unknown) => void
  const ready = new Promise<void>((resolve, reject) => {
    started = resolve
    failedToStart = reject
  })
  const outcome = this.drizzle.transaction(async (tx) => {
    transaction = tx
    const commit = new Promise<boolean>((resolve) => (finish = resolve))
    started()
    // Drizzle commits when this callback returns and rolls back when it throws.
    if (!(await commit)) throw ROLLBACK
  }, options ?? this.transactionOptions)
  // A connection that fails before the callback runs must not leave the caller waiting.
  outcome.catch((error: unknown) => failedToStart(error))
  try {
    await ready
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    this.payload.logger.error({ err: error, msg: `Error: cannot begin transaction: ${message}` })
    throw new Error(`Error: cannot begin transaction: ${message}`, { cause: error })
  }
  const session: Session = {
    db: transaction,
    resolve: () => {
      finish(true)
      return outcome
    },
    reject: () => {
      finish(false)
      // A rollback that fails changes nothing: the database discards the transaction anyway.
      return outcome.catch(() => undefined)
    },
  }
  this.sessions[id] = session
  recordOpening(session)
  return id
}

export async function commitTransaction(
  this: TransactionalAdapter,
  incomingID: string | Promise<string> = '',
): Promise<void> {
  const id = incomingID instanceof Promise ? await incomingID : incomingID
  const session = this.sessions[id]
  // Already ended (rolled back after an error).
  if (!session) return
  delete this.sessions[id]
  // Throws when the COMMIT failed: the operation must not report the write as saved.
  await session.resolve()
}
