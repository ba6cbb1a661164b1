import { describe, expect, it } from 'vitest'

import {
  DEFAULT_POOL_SETTINGS,
  poolSettings,
  postgresPoolOptions,
  transactionWatchdogLimits,
} from '../../../src/db/poolSettings'

describe('poolSettings', () => {
  it('has deliberate defaults: every wait ends', () => {
    const settings = poolSettings({})
    expect(settings).toEqual(DEFAULT_POOL_SETTINGS)
    expect(settings.connectionTimeoutMillis).toBeGreaterThan(0)
    expect(settings.idle_in_transaction_session_timeout).toBeGreaterThan(0)
    expect(settings.statement_timeout).toBeGreaterThan(0)
  })

  it('reads each variable', () => {
    expect(
      poolSettings({
        DATABASE_POOL_MAX: '20',
        DATABASE_CONNECT_TIMEOUT_MS: '1000',
        DATABASE_STATEMENT_TIMEOUT_MS: '0',
        DATABASE_LOCK_TIMEOUT_MS: '2000',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '3000',
      }),
    ).toMatchObject({
      max: 20,
      connectionTimeoutMillis: 1000,
      statement_timeout: 0,
      lock_timeout: 2000,
      idle_in_transaction_session_timeout: 3000,
    })
  })

  it.each([
    ['DATABASE_POOL_MAX', '0'],
    ['DATABASE_POOL_MAX', 'ten'],
    ['DATABASE_CONNECT_TIMEOUT_MS', '-1'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', '1.5'],
  ])('refuses %s=%s at start, naming the variable', (variable, value) => {
    expect(() => poolSettings({ [variable]: value })).toThrow(variable)
  })

  it('gives the pool one connection more than requests may use (the one Payload keeps)', () => {
    expect(postgresPoolOptions({ DATABASE_POOL_MAX: '4' }).max).toBe(5)
  })

  it('ends transactions only after they outlive any statement', () => {
    expect(transactionWatchdogLimits({ DATABASE_STATEMENT_TIMEOUT_MS: '45000' }).endAfterMs).toBe(90_000)
    expect(transactionWatchdogLimits({ DATABASE_STATEMENT_TIMEOUT_MS: '0' }).endAfterMs).toBe(0)
  })
})
