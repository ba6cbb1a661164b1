import { describe, expect, it } from 'vitest'

import { beginTransaction, commitTransaction, type TransactionalAdapter } from '@/db/commitFailuresReported'

/** A stand-in for drizzle's transaction(): runs the callback, then "commits" as told. */
function adapter(commitFails: boolean, failsToStart = false): TransactionalAdapter & { committed: boolean } {
  const state = {
    committed: false,
    sessions: {},
    payload: { logger: { error: () => undefined } },
    drizzle: {
      async transaction(run: (tx: unknown) => Promise<void>) {
        if (failsToStart) throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
        await run({ tx: true })
        if (commitFails) throw new Error('Connection terminated unexpectedly')
        state.committed = true
      },
    },
  }
  return state
}

describe('transactions that report a failed COMMIT', () => {
  it('a commit that succeeds resolves', async () => {
    const db = adapter(false)
    const id = await beginTransaction.call(db)
    await commitTransaction.call(db, id)
    expect(db.committed).toBe(true)
    expect(db.sessions).toEqual({})
  })

  it('a commit that fails rejects, so the write is never reported as saved', async () => {
    const db = adapter(true)
    const id = await beginTransaction.call(db)
    await expect(commitTransaction.call(db, id)).rejects.toThrow('Connection terminated')
    expect(db.committed).toBe(false)
  })

  it('a rollback resolves even when the connection is gone', async () => {
    const db = adapter(true)
    const id = await beginTransaction.call(db)
    await expect(db.sessions[id]!.reject()).resolves.toBeUndefined()
  })

  it('a transaction that cannot start says so', async () => {
    await expect(beginTransaction.call(adapter(false, true))).rejects.toThrow(
      'cannot begin transaction: connect ECONNREFUSED',
    )
  })
})
