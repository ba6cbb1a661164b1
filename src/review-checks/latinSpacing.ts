/**
 * Spacing between Chinese and Latin letters or digits, by house style (settings.latinSpacing):
 * - 'none' (default; Chinese newspapers print "2020年", "489万元", "ACMP温拌改性沥青"): a space
 *   between a Chinese character and a Latin letter or digit is reported;
 * - 'space' (web style): a Latin word ("ACMP", "5G") glued to Chinese is reported; digits are
 *   not judged, because even web style writes "2020年".
 * Spaces between two Chinese characters (headings such as "夯基助产 高质量发展昂仁经济",
 * bylines) are not this rule's business.
 */
import type { CheckContext } from './checkContext'
import type { RuleFinding } from './types'

const HAN = '\\p{Script=Han}'
const LATIN_OR_DIGIT = '[A-Za-z0-9]'
const EXTRA_SPACE = new RegExp(
  `(?<=${HAN})[ \\u3000]+(?=${LATIN_OR_DIGIT})|(?<=${LATIN_OR_DIGIT})[ \\u3000]+(?=${HAN})`,
  'gu',
)
/** A Latin word: letters, optionally with digits, dots or hyphens inside ("5G", "Wi-Fi", "ACMP"). */
const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9.+\-&]*/gu
const HAN_CHAR = new RegExp(HAN, 'u')

export function latinSpacing(ctx: CheckContext): RuleFinding[] {
  const { text } = ctx
  const findings: RuleFinding[] = []
  if (ctx.settings.latinSpacing === 'none') {
    for (const match of text.matchAll(EXTRA_SPACE)) {
      const offset = match.index ?? 0
      findings.push({
        severity: 'warning',
        message: '本报体例中文与字母、数字之间不加空格，请删去空格。',
        excerpt: match[0],
        offset,
        length: match[0].length,
        suggestion: '',
      })
    }
    return findings
  }
  for (const match of text.matchAll(LATIN_WORD)) {
    const word = match[0]
    if (!/[A-Za-z]/u.test(word)) continue
    const start = match.index ?? 0
    const end = start + word.length
    const before = HAN_CHAR.test(text[start - 1] ?? '')
    const after = HAN_CHAR.test(text[end] ?? '')
    if (!before && !after) continue
    const from = before ? start - 1 : start
    const to = after ? end + 1 : end
    findings.push({
      severity: 'warning',
      message: `按本报体例，外文词“${word}”与中文之间应加空格。`,
      excerpt: text.slice(from, to),
      offset: from,
      length: to - from,
      suggestion: `${before ? `${text[start - 1]} ` : ''}${word}${after ? ` ${text[end]}` : ''}`,
    })
  }
  return findings
}
