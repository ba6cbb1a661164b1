import { describe, expect, it } from 'vitest'

import {
  decideRestart,
  DEFAULT_RESTART_POLICY,
  recentFailures,
  type RestartPolicy,
} from '../../../src/db/restartPolicy'

const policy: RestartPolicy = { delaysMs: [200, 500, 1_000, 2_000, 5_000], maxAttempts: 8, windowMs: 60_000 }

/** `n` failures one second apart, the last at `now`. */
const failuresUntil = (now: number, n: number) => Array.from({ length: n }, (_, i) => now - (n - 1 - i) * 1_000)

describe('decideRestart', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_RESTART_POLICY).toEqual(policy)
  })

  it.each([
    [1, 200],
    [2, 500],
    [3, 1_000],
    [4, 2_000],
    [5, 5_000],
    [6, 5_000],
    [8, 5_000],
  ])('failure %i within the window: waits %i ms before the next attempt', (n, delayMs) => {
    const now = 1_000_000
    expect(decideRestart(failuresUntil(now, n), now, policy)).toEqual({
      restart: true,
      attempt: n,
      maxAttempts: 8,
      delayMs,
    })
  })

  it('gives up on the failure after the last allowed attempt', () => {
    const now = 1_000_000
    expect(decideRestart(failuresUntil(now, 9), now, policy)).toEqual({ restart: false, failures: 9, windowMs: 60_000 })
  })

  it('forgets failures older than the window: a server that crashes now and then is always restarted', () => {
    const now = 10_000_000
    const longAgo = failuresUntil(now - 61_000, 8)
    expect(decideRestart([...longAgo, now], now, policy)).toMatchObject({ restart: true, attempt: 1, delayMs: 200 })
  })

  it('counts a crash loop across restarts that succeeded: a server that cannot stay up is given up on', () => {
    // Started fine each time, died again 5 s later.
    const now = 1_000_000
    const crashes = Array.from({ length: 9 }, (_, i) => now - (8 - i) * 5_000)
    expect(decideRestart(crashes, now, policy)).toMatchObject({ restart: false, failures: 9 })
  })

  it('treats a failure exactly one window old as forgotten and one just inside it as counted', () => {
    const now = 1_000_000
    expect(recentFailures([now - 60_000, now - 59_999, now], now, policy)).toEqual([now - 59_999, now])
  })

  it('repeats the last wait when there are more attempts than waits, and waits 0 with no waits at all', () => {
    const now = 1_000_000
    expect(decideRestart(failuresUntil(now, 3), now, { ...policy, delaysMs: [100] })).toMatchObject({ delayMs: 100 })
    expect(decideRestart([now], now, { ...policy, delaysMs: [] })).toMatchObject({ restart: true, delayMs: 0 })
  })

  it('never answers attempt 0, even when called without a failure', () => {
    expect(decideRestart([], 1_000, policy)).toMatchObject({ restart: true, attempt: 1, delayMs: 200 })
  })
})
