import { describe, expect, it } from 'vitest'

import { aidYears } from '@/site/aidPeriod'
import { formatChineseDate, isoDay } from '@/site/formatDate'
import { archivePageNumber } from '@/site/archivePage'
import { groupHonors } from '@/site/groupHonors'

describe('formatChineseDate: Beijing time, as the newspaper prints it', () => {
  it.each([
    ['2022-07-01T00:00:00.000Z', '2022年7月1日', '2022-07-01'],
    // 17:30 UTC is already the next day in Beijing.
    ['2021-04-15T17:30:00.000Z', '2021年4月16日', '2021-04-16'],
  ])('%s -> %s', (iso, text, day) => {
    expect(formatChineseDate(iso)).toBe(text)
    expect(isoDay(iso)).toBe(day)
  })

  it.each([null, undefined, '', 'not a date'])('nothing for %j', (input) => {
    expect(formatChineseDate(input)).toBe('')
    expect(isoDay(input)).toBe('')
  })
})

describe('aidYears', () => {
  it.each([
    ['2019-07-01', '2022-07-01', 3],
    ['2019-07-01', '2022-06-30', 3],
    ['2019-07-01', '2019-12-01', null],
    ['2022-07-01', '2019-07-01', null],
    [null, '2022-07-01', null],
    ['garbage', '2022-07-01', null],
  ])('%s to %s: %s', (start, end, years) => {
    expect(aidYears(start, end)).toBe(years)
  })
})

describe('groupHonors', () => {
  it('by level in the given order, then by year newest first, undated last', () => {
    const honors = [
      { id: 1, level: 'county', year: 2021 },
      { id: 2, level: 'autonomous_region', year: 2020 },
      { id: 3, level: 'autonomous_region', year: null },
      { id: 4, level: 'autonomous_region', year: 2021 },
      { id: 5, level: 'unknown_level', year: 2021 },
    ]
    const groups = groupHonors(honors, ['autonomous_region', 'prefecture', 'county'])
    expect(groups.map((group) => group.level)).toEqual(['autonomous_region', 'county', 'unknown_level'])
    expect(groups[0]!.years.map((entry) => entry.year)).toEqual([2021, 2020, null])
    expect(groups[0]!.years[0]!.honors.map((honor) => honor.id)).toEqual([4])
  })
})

describe('archivePageNumber', () => {
  it.each([
    [undefined, 1],
    ['', 1],
    ['3', 3],
    [['4', '5'], 4],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['abc', 1],
    ['1e9', 1],
    ['99999999999', 1],
  ])('%j -> %d', (raw, page) => {
    expect(archivePageNumber(raw)).toBe(page)
  })
})
