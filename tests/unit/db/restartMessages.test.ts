import { describe, expect, it } from 'vitest'

import {
  backOnLine,
  crashedLine,
  describeExit,
  gaveUpMessage,
  inSeconds,
  keyLine,
  likelyCause,
  retryLine,
} from '../../../src/db/restartMessages'

const where = { dataDir: '/srv/column/.data/postgres', port: 54321 }
const decision = { restart: true as const, attempt: 2, maxAttempts: 8, delayMs: 500 }

/** What embeddedPostgres.ts throws when PostgreSQL does not start: its heading and PostgreSQL's output. */
const failure = (output: string) =>
  `PostgreSQL did not start on port 54321 with data in /srv/column/.data/postgres.\n${output}`

const MISSING_DIRECTORY = failure(
  'postgres: could not access directory "/srv/column/.data/postgres": No such file or directory\n' +
    'Run initdb or pg_basebackup to initialize a PostgreSQL data directory.\n',
)
const PORT_TAKEN = failure(
  '2026-01-01 10:00:00.000 CST [123] LOG:  could not bind IPv4 address "127.0.0.1": Address already in use\n' +
    '2026-01-01 10:00:00.000 CST [123] HINT:  Is another postmaster already running on port 54321?\n' +
    '2026-01-01 10:00:00.000 CST [123] FATAL:  could not create any TCP/IP sockets\n',
)
const DISK_FULL = failure(
  '2026-01-01 10:00:00.000 CST [123] FATAL:  could not write lock file "postmaster.pid": No space left on device\n',
)
const UNREADABLE = failure(
  '2026-01-01 10:00:00.000 CST [123] FATAL:  data directory "/srv/column/.data/postgres" has invalid permissions\n' +
    '2026-01-01 10:00:00.000 CST [123] DETAIL:  Permissions should be u=rwx (0700) or u=rwx,g=rx (0750).\n',
)
const STILL_RUNNING = failure(
  '2026-01-01 10:00:00.000 CST [123] FATAL:  lock file "postmaster.pid" already exists\n' +
    '2026-01-01 10:00:00.000 CST [123] HINT:  Is another postmaster (PID 4242) running in data directory "/srv/column/.data/postgres"?\n',
)

describe('the lines the supervisor logs', () => {
  it('names how the server ended', () => {
    expect(describeExit({ code: null, signal: 'SIGKILL' })).toBe('signal SIGKILL')
    expect(describeExit({ code: 1, signal: null })).toBe('exit code 1')
    expect(describeExit({ code: null, signal: null })).toBe('exit code unknown')
  })

  it.each([
    [200, '0.2 s'],
    [1_000, '1 s'],
    [1_340, '1.3 s'],
    [60_000, '60 s'],
  ])('writes %i ms as "%s"', (ms, text) => {
    expect(inSeconds(ms)).toBe(text)
  })

  it('says what happened, when the next attempt comes and how many remain', () => {
    expect(crashedLine({ code: null, signal: 'SIGKILL' }, decision)).toBe(
      'PostgreSQL exited unexpectedly (signal SIGKILL); restarting in 0.5 s (attempt 2 of 8)',
    )
    expect(retryLine(MISSING_DIRECTORY, { ...decision, attempt: 3, delayMs: 1_000 })).toBe(
      'PostgreSQL did not start again (postgres: could not access directory "/srv/column/.data/postgres": ' +
        'No such file or directory); retrying in 1 s (attempt 3 of 8)',
    )
  })

  it('says when the server is back and whether it replayed its log', () => {
    expect(backOnLine(54321, 1_300, true)).toBe(
      'PostgreSQL is back on 127.0.0.1:54321 after 1.3 s, crash recovery done',
    )
    expect(backOnLine(54321, 400, false)).toBe(
      'PostgreSQL is back on 127.0.0.1:54321 after 0.4 s, no recovery was needed',
    )
  })
})

describe('keyLine', () => {
  it.each([
    [MISSING_DIRECTORY, 'postgres: could not access directory "/srv/column/.data/postgres": No such file or directory'],
    [PORT_TAKEN, 'could not create any TCP/IP sockets'],
    [DISK_FULL, 'could not write lock file "postmaster.pid": No space left on device'],
    [STILL_RUNNING, 'lock file "postmaster.pid" already exists'],
  ])('picks the line that says what went wrong', (output, line) => {
    expect(keyLine(output)).toBe(line)
  })

  it('falls back to the first line, or says there was no output', () => {
    expect(keyLine('PostgreSQL exited unexpectedly (signal SIGKILL)')).toBe(
      'PostgreSQL exited unexpectedly (signal SIGKILL)',
    )
    expect(keyLine('\n  \n')).toBe('no output')
  })
})

describe('likelyCause', () => {
  it.each([
    [MISSING_DIRECTORY, 'the data directory /srv/column/.data/postgres is gone or incomplete'],
    [PORT_TAKEN, 'port 54321 is taken by another program'],
    [DISK_FULL, 'the disk that holds /srv/column/.data/postgres is full'],
    [UNREADABLE, 'PostgreSQL may not use /srv/column/.data/postgres'],
    [STILL_RUNNING, 'another PostgreSQL still runs on /srv/column/.data/postgres'],
  ])('tells the operator where to look', (output, cause) => {
    expect(likelyCause(output, where)).toContain(cause)
  })

  it('says nothing it does not know', () => {
    expect(likelyCause(failure('FATAL:  something new went wrong\n'), where)).toBeUndefined()
  })
})

describe('gaveUpMessage', () => {
  it('says what happened, the last error, the likely cause and what to do', () => {
    const message = gaveUpMessage({ ...where, failures: 9, windowMs: 60_000, lastFailure: MISSING_DIRECTORY })
    expect(message.split('\n')).toEqual([
      'The embedded PostgreSQL stopped and could not be started again (9 failures within 60 s), so the app stops.',
      '  Last error: postgres: could not access directory "/srv/column/.data/postgres": No such file or directory',
      '  Likely cause: the data directory /srv/column/.data/postgres is gone or incomplete: put it back (or restore ' +
        'it from a backup); a new empty one is never created in its place, so no saved work is silently replaced.',
      '  Data directory: /srv/column/.data/postgres; port: 54321.',
      '  Fix the cause, then start the app again: PostgreSQL recovers from its write-ahead log, so every write it ' +
        'acknowledged is kept.',
    ])
  })

  it('leaves out the cause when there is none to tell', () => {
    const message = gaveUpMessage({ ...where, failures: 9, windowMs: 60_000, lastFailure: 'FATAL:  odd\n' })
    expect(message).not.toContain('Likely cause')
    expect(message).toContain('Last error: odd')
  })
})
