import type { Config } from 'payload'

type DatabaseAdapterResult = Config['db']

import { beginTransaction, commitTransaction } from './commitFailuresReported'
import { watchTransactions, type WatchedAdapter, type WatchdogLimits } from './transactionWatchdog'

/**
 * Payload's Postgres adapter, with transactions that report a failed COMMIT (see
 * commitFailuresReported.ts) and a watchdog over transactions left open (transactionWatchdog.ts).
 */
export function withReportedCommitFailures(
  adapter: DatabaseAdapterResult,
  watchdogLimits: WatchdogLimits,
): DatabaseAdapterResult {
  return {
    ...adapter,
    init: (args) => {
      const instance = Object.assign(adapter.init(args), { beginTransaction, commitTransaction })
      watchTransactions(instance as unknown as WatchedAdapter, watchdogLimits)
      return instance
    },
  }
}
