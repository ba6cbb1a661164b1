/**
 * Chinese money amounts ("489万元", "1.32亿元", "600余万元", "一千三百万元") as numbers of 万元,
 * the unit the column and the Projects collection use for investment.
 *
 * Pure module: used by the seed (figures are read from the article, not typed in) and by
 * editorial review checks that compare figures in a draft with the recorded ones.
 */

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }

const ARABIC = String.raw`\d+(?:\.\d+)?`
// A Chinese numeral may not start with 万/亿: a bare "万元" ("每万元") is a unit, not an amount.
const CHINESE = '[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*'

/** Amount grammar; `named` adds the capture groups parseAmount needs, otherwise it embeds cleanly. */
function amountSource(named: boolean): string {
  const group = (name: string) => (named ? `?<${name}>` : '?:')
  return (
    // Optional leading "N亿" of a compound Arabic amount such as "1亿3200万元".
    `(?:(${group('yi')}${ARABIC})亿(?=\\d))?` +
    `(?:(${group('arabic')}${ARABIC})|(${group('chinese')}${CHINESE}))` +
    // 余/多 ("600余万元") marks an approximate figure; it sits before the 万/亿 of the unit.
    `(${group('approx')}[余多])?(${group('scale')}[万亿])?元`
  )
}

/** Regex source (no capture groups) matching one amount, for embedding in other patterns. */
export const AMOUNT_PATTERN = amountSource(false)

const WHOLE_AMOUNT = new RegExp(`^${amountSource(true)}$`, 'u')
// Not preceded by a digit or a point (so "1.32亿元" is not also found as "32亿元"), nor by
// 几/数 ("几十万元", "数百万元"), which are vague quantities rather than figures.
const AMOUNT_IN_TEXT = new RegExp(`(?<![\\d.几数])${amountSource(true)}`, 'gu')

/**
 * A decimal string times 10^pow10, computed by moving the decimal point in the string so that
 * 1.32 亿 becomes exactly 13200 (1.32 * 10000 in floating point is 13200.000000000002).
 */
function shiftDecimal(decimal: string, pow10: number): number {
  const [intPart = '0', fracPart = ''] = decimal.split('.')
  let digits = intPart + fracPart
  let point = intPart.length + pow10
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits
    point = 1
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length)
  return Number(`${digits.slice(0, point)}.${digits.slice(point) || '0'}`)
}

/** Six decimals (0.01 元) is finer than any figure in the column; it also absorbs float noise. */
const round6 = (n: number): number => Math.round(n * 1e6) / 1e6

/**
 * Value of a Chinese integer numeral ("一千三百" → 1300, "两亿" → 200000000, "十" → 10);
 * null when the text is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/u.test(text)) return null
  let total = 0 // completed 亿 groups
  let wanGroup = 0 // completed 万 group inside the current 亿 group
  let section = 0 // value below 万
  let digit: number | null = null
  let previousWasDigit = false
  for (const ch of text) {
    const d = CN_DIGITS[ch]
    const unit = CN_SMALL_UNITS[ch]
    if (d !== undefined) {
      // "一二" is not a numeral; "一百零五" is (零 only fills a gap).
      if (previousWasDigit && digit !== 0 && d !== 0) return null
      digit = d
      previousWasDigit = true
      continue
    }
    previousWasDigit = false
    if (unit !== undefined) {
      section += (digit ?? 1) * unit // a bare 十 means 一十
    } else if (ch === '万') {
      const group = section + (digit ?? 0)
      if (group === 0) return null
      wanGroup = group * 1e4
      section = 0
    } else {
      const group = wanGroup + section + (digit ?? 0)
      if (group === 0) return null
      total += group * 1e8
      wanGroup = 0
      section = 0
    }
    digit = null
  }
  return total + wanGroup + section + (digit ?? 0)
}

/** An integer written in Arabic or Chinese numerals ("47", "三", "十二"); null otherwise. */
export function parseCount(text: string): number | null {
  const t = text.trim()
  if (/^\d+$/.test(t)) return Number(t)
  return parseChineseNumeral(t)
}

type AmountGroups = Partial<Record<'yi' | 'arabic' | 'chinese' | 'approx' | 'scale', string>>

function wanYuanOf(groups: AmountGroups): number | null {
  const { yi, arabic, chinese, scale } = groups
  // A compound "1亿3200万元" only makes sense with 万 after the second part.
  if (yi !== undefined && (scale !== '万' || arabic === undefined)) return null
  if (arabic !== undefined) {
    const pow10 = scale === '亿' ? 4 : scale === '万' ? 0 : -4
    const head = yi === undefined ? 0 : shiftDecimal(yi, 4)
    return round6(head + shiftDecimal(arabic, pow10))
  }
  if (chinese === undefined) return null
  const numeral = parseChineseNumeral(chinese)
  if (numeral === null) return null
  // Chinese numerals are integers of 元 (possibly already containing 万/亿), so scale then divide.
  const yuan = numeral * (scale === '亿' ? 1e8 : scale === '万' ? 1e4 : 1)
  return round6(shiftDecimal(String(yuan), -4))
}

/**
 * The amount in 万元 of a text that is exactly one amount ('489万元' → 489, '1.32亿元' → 13200,
 * '3000元' → 0.3, '两亿元' → 20000), or null when it is not an amount.
 */
export function parseAmount(text: string): number | null {
  const match = WHOLE_AMOUNT.exec(text.trim())
  if (!match?.groups) return null
  return wanYuanOf(match.groups as AmountGroups)
}

export interface FoundAmount {
  /** The amount as written, e.g. '600余万元'. */
  text: string
  /** JS string index of the amount in the searched text. */
  offset: number
  wanYuan: number
  /** Written with 余/多 ("600余万元"): the figure is a lower bound, not exact. */
  approximate: boolean
}

/** Every money amount in a longer text, in order of appearance. */
export function findAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = []
  for (const match of text.matchAll(AMOUNT_IN_TEXT)) {
    const groups = (match.groups ?? {}) as AmountGroups
    const wanYuan = wanYuanOf(groups)
    if (wanYuan === null) continue
    found.push({ text: match[0], offset: match.index ?? 0, wanYuan, approximate: groups.approx !== undefined })
  }
  return found
}
