/**
 * Dates in the admin as a Chinese newsroom writes them: 2026年12月1日 17:57, never
 * "十二月 1日 2026, 5:57 下午" (Payload's default pattern read through the Chinese locale).
 *
 * The patterns are date-fns patterns for Payload (`admin.dateFormat`, a date field's
 * `admin.date.displayFormat`); they hold no locale-dependent token, so the English admin shows the
 * same digits (one config string serves every language in Payload, and a date in this form is
 * unambiguous to any reader, where 12/1 is not). `formatAdminDate` writes the same text for the
 * admin's own components, so the review log, the queue and the list cells agree to the minute.
 */
export const ADMIN_DATE_FORMATS = {
  dateTime: 'yyyy年M月d日 HH:mm',
  day: 'yyyy年M月d日',
  month: 'yyyy年M月',
  monthDay: 'M月d日',
  time: 'HH:mm',
} as const

export type AdminDateKind = keyof typeof ADMIN_DATE_FORMATS

/** Payload's date picker appearances (`admin.date.pickerAppearance`). */
export type PickerAppearance = 'dayAndTime' | 'dayOnly' | 'default' | 'monthOnly' | 'timeOnly'

const KIND_OF_PICKER: Readonly<Record<PickerAppearance, AdminDateKind>> = {
  dayAndTime: 'dateTime',
  // Payload's default picker chooses a calendar day (stored at noon): the time means nothing.
  default: 'day',
  dayOnly: 'monthDay',
  monthOnly: 'month',
  timeOnly: 'time',
}

/** What a date field shows, from what its picker lets one choose. */
export const dateKindOfPicker = (appearance: PickerAppearance): AdminDateKind => KIND_OF_PICKER[appearance]

interface Parts {
  year: string
  month: string
  day: string
  hour: string
  minute: string
}

// Building an Intl formatter is the costly part; a list renders dozens of dates.
const formatters = new Map<string, Intl.DateTimeFormat>()

function partsOf(date: Date, timeZone: string | undefined): Parts {
  const key = timeZone ?? ''
  let formatter = formatters.get(key)
  if (!formatter) {
    // The platform's calendar and time-zone data (Intl): numeric parts only, 24-hour clock.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(key, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]))
  return parts as unknown as Parts
}

/**
 * A stored instant (ISO string, epoch milliseconds or Date) as the admin writes it; empty for no
 * date or an invalid one. Without `timeZone` it uses the browser's zone, as Payload's own list cells
 * and fields do, so both always show the same clock.
 */
export function formatAdminDate(
  value: Date | number | string | null | undefined,
  kind: AdminDateKind = 'dateTime',
  timeZone?: string,
): string {
  if (value === null || value === undefined || value === '') return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const { year, month, day, hour, minute } = partsOf(date, timeZone)
  const time = `${hour}:${minute}`
  switch (kind) {
    case 'dateTime':
      return `${year}年${month}月${day}日 ${time}`
    case 'day':
      return `${year}年${month}月${day}日`
    case 'month':
      return `${year}年${month}月`
    case 'monthDay':
      return `${month}月${day}日`
    case 'time':
      return time
  }
}
