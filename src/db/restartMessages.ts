/**
 * What the embedded PostgreSQL's supervisor tells the operator, one line per event, and the
 * message that stops the app when the server cannot be started again. PURE, so the wording an
 * operator (and the fault test) relies on is tested and stays the same.
 */
import type { RestartDecision } from './restartPolicy'

export interface ServerExit {
  code: number | null
  signal: NodeJS.Signals | null
}

export const describeExit = ({ code, signal }: ServerExit): string =>
  signal ? `signal ${signal}` : `exit code ${code ?? 'unknown'}`

/** 200 → "0.2 s", 1000 → "1 s", 1340 → "1.3 s". */
export const inSeconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`

type Restart = Extract<RestartDecision, { restart: true }>

const nextAttempt = (verb: string, decision: Restart) =>
  `${verb} in ${inSeconds(decision.delayMs)} (attempt ${decision.attempt} of ${decision.maxAttempts})`

export const crashedLine = (exit: ServerExit, decision: Restart): string =>
  `PostgreSQL exited unexpectedly (${describeExit(exit)}); ${nextAttempt('restarting', decision)}`

export const retryLine = (failure: string, decision: Restart): string =>
  `PostgreSQL did not start again (${keyLine(failure)}); ${nextAttempt('retrying', decision)}`

export const backOnLine = (port: number, downMs: number, recovered: boolean): string =>
  `PostgreSQL is back on 127.0.0.1:${port} after ${inSeconds(downMs)}, ` +
  (recovered ? 'crash recovery done' : 'no recovery was needed')

/** The line of PostgreSQL's output that says what went wrong (its FATAL line, usually). */
export function keyLine(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const telling =
    lines.find((line) => /\b(FATAL|PANIC):/.test(line)) ??
    lines.find((line) => /could not|No such file|Permission denied|No space left|already in use/i.test(line))
  return (telling ?? lines[0] ?? 'no output').replace(/^.*?\b(FATAL|PANIC|LOG|ERROR):\s+/, '')
}

const CAUSES: [RegExp, (where: { dataDir: string; port: number }) => string][] = [
  [/No space left on device/i, ({ dataDir }) => `the disk that holds ${dataDir} is full: free some space on it`],
  [
    /Address already in use|could not create any TCP\/IP sockets|could not bind/i,
    ({ port }) => `port ${port} is taken by another program: stop that program (or free the port)`,
  ],
  [
    /Permission denied|has invalid permissions|has wrong ownership|Operation not permitted/i,
    ({ dataDir }) => `PostgreSQL may not use ${dataDir}: give its owner (the postgres user) read and write access`,
  ],
  [
    /No such file or directory|does not exist|is not a valid data directory|is missing/i,
    ({ dataDir }) =>
      `the data directory ${dataDir} is gone or incomplete: put it back (or restore it from a backup); ` +
      'a new empty one is never created in its place, so no saved work is silently replaced',
  ],
  [
    /lock file .* already exists|pre-existing shared memory block/i,
    ({ dataDir }) => `another PostgreSQL still runs on ${dataDir}: stop it`,
  ],
]

/** What the operator should look at, from PostgreSQL's output; undefined when it says nothing we know. */
export function likelyCause(output: string, where: { dataDir: string; port: number }): string | undefined {
  return CAUSES.find(([pattern]) => pattern.test(output))?.[1](where)
}

export interface GiveUp {
  dataDir: string
  port: number
  failures: number
  windowMs: number
  /** PostgreSQL's output from the last attempt to start it. */
  lastFailure: string
}

/** The message that stops the app: what happened, the likely cause, what to do. */
export function gaveUpMessage({ dataDir, port, failures, windowMs, lastFailure }: GiveUp): string {
  const cause = likelyCause(lastFailure, { dataDir, port })
  return [
    `The embedded PostgreSQL stopped and could not be started again (${failures} failures within ${inSeconds(windowMs)}), so the app stops.`,
    `  Last error: ${keyLine(lastFailure)}`,
    ...(cause ? [`  Likely cause: ${cause}.`] : []),
    `  Data directory: ${dataDir}; port: ${port}.`,
    '  Fix the cause, then start the app again: PostgreSQL recovers from its write-ahead log, so every write it acknowledged is kept.',
  ].join('\n')
}
