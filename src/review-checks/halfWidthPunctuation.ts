/**
 * Half-width punctuation in Chinese text (",", ";", ":", "?", "!", ".", "(" ")", '"'), each
 * reported where it stands with the full-width mark as suggestion. A mark counts as Chinese when
 * it follows a Chinese character or closing mark ("风采,弘扬", "工作组”)"), or when it stands
 * between a number and Chinese ("87.8%;民生类"). Left alone: marks inside numbers ("1.32",
 * "1,000", "8:30"), between Latin words and in URLs or e-mail addresses.
 */
import type { CheckContext } from './checkContext'
import type { RuleFinding } from './types'

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '.': '。',
  '(': '（',
  ')': '）',
}
const NAMES: Readonly<Record<string, string>> = {
  ',': '逗号',
  ';': '分号',
  ':': '冒号',
  '?': '问号',
  '!': '叹号',
  '.': '句号',
  '(': '括号',
  ')': '括号',
  '"': '引号',
}

const CANDIDATE = /[,;:?!.()"]/gu
/** Chinese characters and the full-width marks that close or end a Chinese phrase. */
const CHINESE_LEFT = /[\p{Script=Han}”’」』）》】、。，；：？！…—]/u
const CHINESE_RIGHT = /[\p{Script=Han}“‘「『（《【]/u
const NUMBERISH = /[\d%％]/u
const URL_OR_MAIL = /(?:https?:\/\/|www\.)[^\s\p{Script=Han}，。；）]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu

export function halfWidthPunctuation(ctx: CheckContext): RuleFinding[] {
  const { text } = ctx
  const skip = new Set<number>()
  for (const m of text.matchAll(URL_OR_MAIL)) for (let i = 0; i < m[0].length; i++) skip.add((m.index ?? 0) + i)

  const findings: RuleFinding[] = []
  const openQuoteNext = { value: true }
  for (const match of text.matchAll(CANDIDATE)) {
    const at = match.index ?? 0
    if (skip.has(at)) continue
    const mark = match[0]
    const left = text[at - 1] ?? ''
    const right = text[at + 1] ?? ''
    const leftChinese = CHINESE_LEFT.test(left)
    const rightChinese = CHINESE_RIGHT.test(right)
    let full: string | undefined
    switch (mark) {
      case '.':
        // Only a sentence end after Chinese; never a decimal point or an abbreviation.
        if (leftChinese && (right === '' || right === '\n' || rightChinese)) full = '。'
        break
      case '(':
        if (leftChinese || rightChinese) full = '（'
        break
      case ')':
        if (leftChinese || rightChinese) full = '）'
        break
      case '"':
        if (leftChinese || rightChinese) {
          full = openQuoteNext.value ? '“' : '”'
          openQuoteNext.value = !openQuoteNext.value
        }
        break
      default:
        if (leftChinese || (NUMBERISH.test(left) && rightChinese)) full = FULL_WIDTH[mark]
    }
    if (full === undefined) continue
    findings.push({
      severity: 'warning',
      message: `中文之间用了半角${NAMES[mark] ?? '标点'}“${mark}”，应改为全角“${full}”。`,
      excerpt: mark,
      offset: at,
      length: 1,
      suggestion: full,
    })
  }
  return findings
}
