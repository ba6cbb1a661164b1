import { describe, expect, it } from 'vitest'

import { parentPidFromStat, parsePostmasterPid } from '../../../src/db/serverInUse'

describe('parsePostmasterPid', () => {
  it('reads the pid and the port of a running PostgreSQL 17', () => {
    const text = '4242\n/work/main/.data/postgres\n1796160000\n54321\n\n127.0.0.1\n  1234567         0\nready   \n'
    expect(parsePostmasterPid(text)).toEqual({ pid: 4242, port: 54321 })
  })

  it('refuses a file that is empty, cut short or garbled', () => {
    expect(parsePostmasterPid('')).toBeNull()
    expect(parsePostmasterPid('4242\n/data\n')).toBeNull()
    expect(parsePostmasterPid('abc\n/data\n1\n5432\n')).toBeNull()
    expect(parsePostmasterPid('4242\n/data\n1\n99999\n')).toBeNull()
  })
})

describe('parentPidFromStat', () => {
  it('finds the parent even when the command name holds spaces and parentheses', () => {
    expect(parentPidFromStat('4242 (postgres) S 4100 4242 4100 0 -1 4194560')).toBe(4100)
    expect(parentPidFromStat('77 (my (odd) name) S 1 77 77 0 -1')).toBe(1)
  })

  it('answers null for an unreadable stat', () => {
    expect(parentPidFromStat('')).toBeNull()
  })
})
