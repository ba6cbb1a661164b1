/**
 * A character or word typed twice ("的的", "我们我们", "援藏干部援藏干部") and doubled commas or
 * full stops. Chinese reduplicates on purpose very often (天天, 高高飘扬, 时时刻刻, 家家户户,
 * 一次次, 看看, 研究研究), so:
 * - a doubled single character is only reported for function words, which never reduplicate
 *   (的 了 是 在 和 …), and not where the pair is part of an AABB word (的的确确, 是是非非) or a
 *   function word followed by a word that starts with it (为了了解, 说的的确);
 * - a doubled two-character word is reported unless it is a known verb/adjective reduplication
 *   (研究研究, 雪白雪白) or a distributive "一X一X" (一步一步);
 * - three- and four-character words doubled are always reported.
 */
import type { CheckContext } from './checkContext'
import { isHan } from './textSpans'
import type { RuleFinding } from './types'

const FUNCTION_CHARS = new Set([...'的了是在和与及被将从向于而并就又还也都其这那之着'])
/** Function word + a word starting with the same character: both are right. */
const FUNCTION_BEFORE_WORD = new Set([
  '的的确',
  '了了解',
  '了了结',
  '了了之',
  '了了分',
  '和和谐',
  '和和平',
  '和和睦',
  '和和美',
  '在在场',
  '将将来',
  '从从事',
  '从从来',
  '是是否',
  '于于是',
  '而而且',
  '并并且',
  '就就是',
  '还还是',
  '也也许',
  '其其中',
  '其其他',
  '其其实',
  '这这些',
  '那那些',
  '之之后',
  '之之前',
  '及及时',
  '与与会',
  '着着力',
])
const ALLOWED_WORD_REPEATS = new Set([
  ...'研究 讨论 学习 休息 考虑 商量 锻炼 活动 收拾 打扫 整理 介绍 了解 认识 交流 琢磨 溜达 比划 尝试 体验 感受 凉快 暖和 高兴 热闹 轻松 放松 雪白 通红 冰凉 笔直 碧绿 漆黑 火红 蔚蓝 滚烫 喷香 哈哈 呵呵 嘻嘻 嘿嘿'.split(
    ' ',
  ),
])
const DOUBLED_PUNCTUATION = /([，。、；：])\1+/gu

export function repeatedWords(ctx: CheckContext): RuleFinding[] {
  const { text } = ctx
  const findings: RuleFinding[] = []
  const han = Array.from({ length: text.length }, (_, i) => isHan(text[i]))
  const allHan = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (!han[i]) return false
    return true
  }
  const report = (offset: number, word: string, length: number) =>
    findings.push({
      severity: 'warning',
      message: `“${word}”重复出现，疑为多打，请删去一个。`,
      excerpt: text.slice(offset, offset + length),
      offset,
      length,
      suggestion: word,
    })

  for (let i = 0; i < text.length; i++) {
    let reported = false
    // Longest first, so "援藏干部援藏干部" is one finding, not also "干部干部"-like pieces.
    for (let n = 4; n >= 2 && !reported; n--) {
      if (i + 2 * n > text.length || !allHan(i, i + 2 * n)) continue
      const word = text.slice(i, i + n)
      if (word !== text.slice(i + n, i + 2 * n)) continue
      if (new Set(word).size === 1) continue // 哈哈哈哈, 时时时时: not a doubled word
      if (n === 2 && (ALLOWED_WORD_REPEATS.has(word) || word[0] === '一')) continue
      report(i, word, 2 * n)
      i += 2 * n - 1
      reported = true
    }
    if (reported) continue
    const ch = text[i] ?? ''
    if (!FUNCTION_CHARS.has(ch) || text[i + 1] !== ch) continue
    const next = text[i + 2]
    if (next !== undefined && next === text[i + 3]) continue // AABB: 的的确确, 是是非非
    if (text[i - 1] === text[i - 2] && text[i - 1] !== undefined && i >= 2) continue // BBAA
    if (FUNCTION_BEFORE_WORD.has(text.slice(i, i + 3))) continue
    report(i, ch, 2)
    i += 1
  }

  for (const match of text.matchAll(DOUBLED_PUNCTUATION)) {
    const mark = match[1] ?? ''
    findings.push({
      severity: 'warning',
      message: `标点“${mark}”重复，请删去多余的。`,
      excerpt: match[0],
      offset: match.index ?? 0,
      length: match[0].length,
      suggestion: mark,
    })
  }
  return findings
}
