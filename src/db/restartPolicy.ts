/**
 * When the embedded PostgreSQL is started again after it died by itself (the OOM killer, a crash),
 * and when starting it again is given up. PURE: the supervisor (superviseServer.ts) keeps the
 * times of the failures and asks here what to do next.
 *
 * The waits grow so that a server that cannot start is not hammered (and its log not flooded),
 * and stop at a cap so that a database that comes back after a while is found quickly. Failures
 * are counted within a window rather than for the whole life of the process: a server that is
 * killed once a week is restarted every time, one that cannot stay up for a minute is given up on
 * (and the app stopped, so that an operator hears of it instead of a site that answers 503).
 */
export interface RestartPolicy {
  /** The wait before the first, second, ... attempt; the last one repeats. */
  delaysMs: readonly number[]
  /** Attempts allowed within `windowMs`; one more failure in that time gives up. */
  maxAttempts: number
  windowMs: number
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  delaysMs: [200, 500, 1_000, 2_000, 5_000],
  maxAttempts: 8,
  windowMs: 60_000,
}

export type RestartDecision =
  | { restart: true; attempt: number; maxAttempts: number; delayMs: number }
  | { restart: false; failures: number; windowMs: number }

/** The failures (times in ms) that still count at `now`. */
export const recentFailures = (failures: readonly number[], now: number, policy: RestartPolicy): number[] =>
  failures.filter((at) => at > now - policy.windowMs && at <= now)

/**
 * What to do after a failure: the server died, or an attempt to start it again failed.
 * `failures` holds the times of every failure so far, the one just now included.
 */
export function decideRestart(
  failures: readonly number[],
  now: number,
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
): RestartDecision {
  const attempt = recentFailures(failures, now, policy).length
  if (attempt > policy.maxAttempts) return { restart: false, failures: attempt, windowMs: policy.windowMs }
  const delayMs = policy.delaysMs[Math.min(Math.max(attempt, 1), policy.delaysMs.length) - 1] ?? 0
  return { restart: true, attempt: Math.max(attempt, 1), maxAttempts: policy.maxAttempts, delayMs }
}
