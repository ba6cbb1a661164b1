/** How long the aid term runs, in whole years, from the column's aid period ("2022-07" to "2025-07" -> 3). */
export function aidYears(start: string | null | undefined, end: string | null | undefined): number | null {
  const from = start ? new Date(start) : null
  const to = end ? new Date(end) : null
  if (!from || !to || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from) return null
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth())
  const years = Math.round(months / 12)
  return years > 0 ? years : null
}
