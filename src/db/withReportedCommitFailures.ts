import type { Config } from 'payload'

type DatabaseAdapterResult = Config['db']

import { beginTransaction, commitTransaction } from './commitFailuresReported'

/** Payload's Postgres adapter, with transactions that report a failed COMMIT (see commitFailuresReported.ts). */
export function withReportedCommitFailures(adapter: DatabaseAdapterResult): DatabaseAdapterResult {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      return Object.assign(instance, { beginTransaction, commitTransaction })
    },
  }
}
