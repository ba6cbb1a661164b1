import { importDateFNSLocale } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'
import { describe, expect, it } from 'vitest'

import { ADMIN_DATE_FORMATS, dateKindOfPicker, formatAdminDate, type AdminDateKind } from '@/i18n/adminDates'

const BEIJING = 'Asia/Shanghai'

describe('formatAdminDate', () => {
  // 09:57 UTC is 17:57 in Beijing: the example from the issue.
  const cases: [instant: string, kind: AdminDateKind, expected: string][] = [
    ['2026-12-01T09:57:00.000Z', 'dateTime', '2026年12月1日 17:57'],
    ['2026-12-01T09:57:00.000Z', 'day', '2026年12月1日'],
    ['2026-12-01T09:57:00.000Z', 'month', '2026年12月'],
    ['2026-12-01T09:57:00.000Z', 'monthDay', '12月1日'],
    ['2026-12-01T09:57:00.000Z', 'time', '17:57'],
    // Midnight is 00, never 24; the day is Beijing's, not UTC's.
    ['2026-12-31T16:00:00.000Z', 'dateTime', '2027年1月1日 00:00'],
    ['2024-07-15T01:05:00.000Z', 'dateTime', '2024年7月15日 09:05'],
    ['2024-02-29T15:59:59.999Z', 'dateTime', '2024年2月29日 23:59'],
  ]
  it.each(cases)('%s as %s in Beijing is %s', (instant, kind, expected) => {
    expect(formatAdminDate(instant, kind, BEIJING)).toBe(expected)
  })

  it('takes Date objects and epoch milliseconds as well as ISO strings', () => {
    const instant = '2026-12-01T09:57:00.000Z'
    expect(formatAdminDate(new Date(instant), 'dateTime', BEIJING)).toBe('2026年12月1日 17:57')
    expect(formatAdminDate(Date.parse(instant), 'dateTime', BEIJING)).toBe('2026年12月1日 17:57')
  })

  it('uses the time zone it is given', () => {
    expect(formatAdminDate('2026-12-01T09:57:00.000Z', 'dateTime', 'UTC')).toBe('2026年12月1日 09:57')
    expect(formatAdminDate('2026-12-01T09:57:00.000Z', 'dateTime', 'Europe/Berlin')).toBe('2026年12月1日 10:57')
  })

  it.each([null, undefined, '', 'not a date', Number.NaN])('shows nothing for %s', (value) => {
    expect(formatAdminDate(value as string | null | undefined)).toBe('')
  })

  it('writes exactly what Payload writes with the same pattern, in the browser’s zone', async () => {
    // Payload's list cells and document header format with date-fns in the local zone; the
    // admin's own components must show the very same text beside them.
    const previousZone = process.env.TZ
    process.env.TZ = BEIJING
    try {
      const i18n = { dateFNS: await importDateFNSLocale('zh-CN'), t: (key: string) => key }
      const instants = ['2026-12-01T09:57:00.000Z', '2027-01-01T16:00:00.000Z', '2024-07-15T01:05:00.000Z']
      for (const date of instants) {
        for (const kind of Object.keys(ADMIN_DATE_FORMATS) as AdminDateKind[]) {
          const payloads = formatDate({ date, i18n: i18n as never, pattern: ADMIN_DATE_FORMATS[kind] })
          expect(formatAdminDate(date, kind)).toBe(payloads)
        }
      }
    } finally {
      if (previousZone === undefined) delete process.env.TZ
      else process.env.TZ = previousZone
    }
  })
})

describe('dateKindOfPicker', () => {
  it.each([
    ['dayAndTime', 'dateTime'],
    ['default', 'day'],
    ['dayOnly', 'monthDay'],
    ['monthOnly', 'month'],
    ['timeOnly', 'time'],
  ] as const)('a %s picker shows %s', (appearance, kind) => {
    expect(dateKindOfPicker(appearance)).toBe(kind)
  })
})
