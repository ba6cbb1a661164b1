/** The archive page asked for in `?page=`: a whole number from 1, anything else is page 1. */
export function archivePageNumber(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || !/^\d{1,6}$/.test(value)) return 1
  return Math.max(1, Number(value))
}
