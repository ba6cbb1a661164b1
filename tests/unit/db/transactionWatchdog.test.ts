import { describe, expect, it } from 'vitest'

import { inspectTransactions, recordOpening, type WatchedAdapter } from '../../../src/db/transactionWatchdog'

function adapterWithOneTransaction() {
  const logged: { level: string; details: Record<string, unknown> }[] = []
  let rolledBack = 0
  const session = { reject: async () => void rolledBack++ }
  recordOpening(session)
  const adapter: WatchedAdapter = {
    sessions: { tx1: session },
    payload: {
      logger: {
        warn: (details) => logged.push({ level: 'warn', details: details as Record<string, unknown> }),
        error: (details) => logged.push({ level: 'error', details: details as Record<string, unknown> }),
      },
    },
  }
  return { adapter, logged, rolledBack: () => rolledBack }
}

const limits = { warnAfterMs: 10_000, endAfterMs: 60_000 }

describe('inspectTransactions', () => {
  it('leaves a young transaction alone', () => {
    const { adapter, logged } = adapterWithOneTransaction()
    expect(inspectTransactions(adapter, limits, Date.now() + 1_000)).toEqual([])
    expect(logged).toEqual([])
    expect(Object.keys(adapter.sessions)).toEqual(['tx1'])
  })

  it('names a long one once, with the code that opened it', () => {
    const { adapter, logged } = adapterWithOneTransaction()
    inspectTransactions(adapter, limits, Date.now() + 11_000)
    inspectTransactions(adapter, limits, Date.now() + 12_000)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({ level: 'warn' })
    expect(String(logged[0]!.details.origin)).toContain('transactionWatchdog.test')
  })

  it('rolls back a transaction nobody ended, giving its connection back', async () => {
    const { adapter, logged, rolledBack } = adapterWithOneTransaction()
    expect(inspectTransactions(adapter, limits, Date.now() + 61_000)).toEqual(['tx1'])
    await Promise.resolve()
    expect(rolledBack()).toBe(1)
    expect(adapter.sessions).toEqual({})
    expect(logged.at(-1)).toMatchObject({ level: 'error' })
  })

  it('never ends one when ending is switched off', () => {
    const { adapter } = adapterWithOneTransaction()
    inspectTransactions(adapter, { warnAfterMs: 10_000, endAfterMs: 0 }, Date.now() + 3_600_000)
    expect(Object.keys(adapter.sessions)).toEqual(['tx1'])
  })
})
