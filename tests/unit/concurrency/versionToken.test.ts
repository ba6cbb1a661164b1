import { describe, expect, it } from 'vitest'

import { etagOf, matchesCurrent, parseIfMatch, versionToken } from '../../../src/concurrency/versionToken'

describe('versionToken', () => {
  it.each([
    ['2026-12-01T08:00:00.123Z', '2026-12-01T08:00:00.123Z'],
    [new Date('2026-12-01T08:00:00.123Z'), '2026-12-01T08:00:00.123Z'],
    ['2026-12-01T16:00:00.123+08:00', '2026-12-01T08:00:00.123Z'],
    [undefined, undefined],
    [null, undefined],
    ['', undefined],
    ['not a date', undefined],
  ])('%s → %s', (input, token) => expect(versionToken(input)).toBe(token))
})

describe('parseIfMatch', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['*', '*'],
    ['"2026-12-01T08:00:00.123Z"', ['2026-12-01T08:00:00.123Z']],
    ['W/"2026-12-01T08:00:00.123Z"', ['2026-12-01T08:00:00.123Z']],
    ['"a", "2026-12-01T08:00:00.123Z"', ['a', '2026-12-01T08:00:00.123Z']],
    // An unquoted date is read as the same instant, however it is written.
    ['2026-12-01T16:00:00.123+08:00', ['2026-12-01T08:00:00.123Z']],
  ])('%s', (header, parsed) => expect(parseIfMatch(header)).toEqual(parsed))

  it('round-trips the ETag it issues', () => {
    const token = versionToken('2026-12-01T08:00:00.123Z')!
    expect(parseIfMatch(etagOf(token))).toEqual([token])
  })
})

describe('matchesCurrent', () => {
  const now = '2026-12-01T08:00:00.123Z'
  it.each([
    [[now], now, true],
    [['2026-12-01T07:59:59.000Z'], now, false],
    [['x', now], now, true],
    ['*', now, true],
    ['*', undefined, false],
    [[now], undefined, false],
    [now, now, true],
  ] as const)('%j against %s → %s', (expected, current, result) =>
    expect(matchesCurrent(expected as never, current)).toBe(result),
  )
})

describe('conflict messages', () => {
  it('name the time in Beijing without the colons and commas the admin toast splits on', async () => {
    const { beijingTime, staleBaseError, preconditionFailedError } =
      await import('../../../src/concurrency/conflictErrors')
    expect(beijingTime('2026-12-01T20:55:41.261Z')).toBe('2026年12月2日 04时55分41秒（北京时间）')
    const stale = staleBaseError({
      baseVersion: 'a',
      currentVersion: 'b',
      updatedAt: '2026-12-01T20:55:41.261Z',
      updatedBy: '王晓',
    })
    expect(stale.status).toBe(409)
    expect(stale.message).toContain('王晓已于 2026年12月2日 04时55分41秒')
    for (const error of [stale, preconditionFailedError({ baseVersion: 'a', currentVersion: 'b' })]) {
      expect(error.message).not.toMatch(/[:,]/)
    }
  })
})
