/**
 * Dates as a Chinese newspaper prints them, in Beijing time whatever the server's time zone:
 * 2024年7月15日. Stored dates are UTC instants.
 */
const CHINA = 'Asia/Shanghai'

function parts(iso: string) {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: CHINA, year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  )
  return { year: Number(values.year), month: Number(values.month), day: Number(values.day) }
}

export function formatChineseDate(iso: string | null | undefined): string {
  const p = iso ? parts(iso) : null
  return p ? `${p.year}年${p.month}月${p.day}日` : ''
}

/** For <time dateTime>: the calendar day in Beijing, YYYY-MM-DD. */
export function isoDay(iso: string | null | undefined): string {
  const p = iso ? parts(iso) : null
  return p ? `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}` : ''
}
