/**
 * Money figures of the article with the interval of values each one stands for, so a record is
 * compared within the precision the text uses: "1.32亿元" stands for 13150–13250万元 and matches a
 * record of 13234万元 but not 13500万元; "600余万元" stands for 600–700万元; "300至500万元" for the
 * whole range. Built on findAmounts (the seed's parser), extended, not replaced.
 */
import { findAmounts, parseChineseNumeral } from './parseAmount'

export interface MoneyFigure {
  /** As written, including a range's lower end ("300至500万元"). */
  text: string
  offset: number
  /** 万元 */
  value: number
  low: number
  high: number
  /** Written with 余/多/约/近/超过…, i.e. not meant as an exact figure. */
  approximate: boolean
  /** Preceded by a word saying it is an investment or spending ("投资", "出资", "资金共计"). */
  isInvestment: boolean
  /** How the text would write a record's value in the same style ("1.32亿元", "489万元"). */
  format: (wanYuan: number) => string
}

const ARABIC_PARTS = /(\d+)(?:\.(\d+))?(?:余|多)?([万亿])?元$/u
const CHINESE_PARTS = /([零〇一二两三四五六七八九十百千万亿]+)(?:余|多)?([万亿])?元$/u
const RANGE_BEFORE = /(\d+(?:\.\d+)?)([万亿])?(?:元)?\s*(?:至|到|—|–|-|~|～)\s*$/u
// Qualifiers just before the number; the interval they allow.
const QUALIFIER_BEFORE = /(大约|约合|约|将近|接近|近|不到|不足|超过|逾|超)$/u
const INVESTMENT_CUE = /投资|投入|出资|资金|援建|拨付|筹措|筹集|引资|总额|资助|捐赠|捐资|共计|总计|合计|累计|预算|造价/u
const CLAUSE_STOP = /[,，;；。！？!?\n]/u
const CUE_WINDOW = 12

const pow10 = (n: number): number => Number(`1e${n}`)
const SCALE_POW: Readonly<Record<string, number>> = { 亿: 4, 万: 0 }

/** Size (万元) of one step of the last written digit, and of the last non-zero digit. */
function stepsOf(amount: string): { written: number; significant: number } | null {
  const arabic = ARABIC_PARTS.exec(amount)
  if (arabic) {
    const [, int = '', frac = '', scale = ''] = arabic
    const scalePow = SCALE_POW[scale] ?? -4
    const digits = (int + frac).replace(/^0+/, '')
    const trailingZeros = digits.length - digits.replace(/0+$/, '').length
    return { written: pow10(scalePow - frac.length), significant: pow10(scalePow - frac.length + trailingZeros) }
  }
  const chinese = CHINESE_PARTS.exec(amount)
  if (chinese) {
    const numeral = parseChineseNumeral(chinese[1] ?? '')
    if (numeral === null || numeral === 0) return null
    const yuan = numeral * pow10((SCALE_POW[chinese[2] ?? ''] ?? -4) + 4)
    let step = 1
    while (yuan % (step * 10) === 0) step *= 10
    // A Chinese numeral writes no trailing zeros: its last digit is its last non-zero digit.
    return { written: step / 1e4, significant: step / 1e4 }
  }
  return null
}

function formatterFor(amount: string): (wanYuan: number) => string {
  const arabic = ARABIC_PARTS.exec(amount)
  if (arabic?.[3] === '亿') {
    const decimals = arabic[2]?.length ?? 0
    return (w) => `${(w / 1e4).toFixed(decimals)}亿元`
  }
  return (w) => `${Number(w.toFixed(4))}万元`
}

function clauseBefore(text: string, offset: number): string {
  const window = text.slice(Math.max(0, offset - CUE_WINDOW), offset)
  const parts = window.split(CLAUSE_STOP)
  return parts[parts.length - 1] ?? ''
}

export function findMoneyFigures(text: string): MoneyFigure[] {
  const figures: MoneyFigure[] = []
  for (const found of findAmounts(text)) {
    const steps = stepsOf(found.text)
    if (!steps) continue
    let { offset } = found
    const value = found.wanYuan
    let low = value - steps.written / 2
    let high = value + steps.written / 2
    let approximate = found.approximate
    if (found.approximate) {
      low = value
      high = value + steps.significant
    }

    const range = RANGE_BEFORE.exec(text.slice(Math.max(0, offset - 16), offset))
    if (range?.[1] !== undefined) {
      // "300至500万元": the lower end takes the upper end's unit unless it names its own.
      const scale = range[2] ?? /([万亿])?元$/u.exec(found.text)?.[1] ?? ''
      const lowValue = Number(range[1]) * pow10(SCALE_POW[scale] ?? -4)
      if (lowValue < value) {
        offset -= range[0].length
        low = lowValue
        approximate = true
      }
    }

    const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, offset - 2), offset))?.[1]
    if (qualifier) {
      approximate = true
      if (/约/u.test(qualifier)) [low, high] = [Math.min(low, value * 0.9), Math.max(high, value * 1.1)]
      else if (/近|不到|不足/u.test(qualifier)) [low, high] = [value * 0.9, value]
      else [low, high] = [value, value * 1.2]
      offset -= qualifier.length
    }

    const end = found.offset + found.text.length
    figures.push({
      text: text.slice(offset, end),
      offset,
      value,
      low,
      high,
      approximate,
      isInvestment: INVESTMENT_CUE.test(clauseBefore(text, offset)),
      format: formatterFor(found.text),
    })
  }
  return figures
}

/** A little slack for floating point in the interval ends. */
export const agrees = (figure: Pick<MoneyFigure, 'low' | 'high'>, wanYuan: number): boolean =>
  wanYuan >= figure.low - 1e-9 && wanYuan <= figure.high + 1e-9

/** 13234 → "13234万元（约1.32亿元）"; small values stay in 万元. */
export function describeWanYuan(wanYuan: number): string {
  const wan = `${Number(wanYuan.toFixed(4))}万元`
  return wanYuan >= 1e4 ? `${wan}（约${(wanYuan / 1e4).toFixed(2)}亿元）` : wan
}
