/**
 * Full-width digits and Latin letters ("２０２０年", "ＡＣＭＰ"), which break number search and
 * look wrong next to the half-width figures of the rest of the paper. A run is one finding; a
 * full-width point or comma inside a run of digits ("８７．８") belongs to it.
 */
import type { CheckContext } from './checkContext'
import type { RuleFinding } from './types'

const FULL_WIDTH_RUN = /[０-９Ａ-Ｚａ-ｚ]+(?:[．，][０-９]+)*/gu
const OFFSET = 0xfee0 // '０' (U+FF10) − '0' (U+0030)

const toHalfWidth = (run: string): string =>
  [...run].map((ch) => String.fromCharCode((ch.codePointAt(0) ?? 0) - OFFSET)).join('')

export function fullWidthDigits(ctx: CheckContext): RuleFinding[] {
  return [...ctx.text.matchAll(FULL_WIDTH_RUN)].map((match) => {
    const run = match[0]
    const half = toHalfWidth(run)
    return {
      severity: 'warning' as const,
      message: `“${run}”用了全角字符，数字和字母应使用半角“${half}”。`,
      excerpt: run,
      offset: match.index ?? 0,
      length: run.length,
      suggestion: half,
    }
  })
}
