/**
 * Text broken by a stray line or paragraph break, as layout exports and copy-paste leave it
 * ("推进全面脱贫与乡村振" / photo / "兴有效衔接"): a paragraph that stops without sentence-final
 * punctuation while the next paragraph (captions in between skipped) carries on. Kicker, title,
 * subtitle, headings, captions and the byline end without punctuation by design and are not
 * checked; neither is a short paragraph without clause punctuation, which is how a run-in
 * heading typed as a paragraph looks. A line break inside a block, between Chinese characters
 * and after no punctuation, is reported too.
 */
import type { CheckContext } from './checkContext'
import { isHan } from './textSpans'
import type { ArticlePart, RuleFinding } from './types'

const ENDS = /[。！？!?…；;：:”’」』）)》】—]$/u
const CLAUSE_PUNCTUATION = /[，,、；;：:]/u
const HEADING_LIKE_LENGTH = 20
const EXCERPT_CHARS = 8
const PROSE: ReadonlySet<ArticlePart['kind']> = new Set(['paragraph', 'lead'])

const looksLikeHeading = (block: string): boolean =>
  block.length <= HEADING_LIKE_LENGTH && !CLAUSE_PUNCTUATION.test(block)

export function brokenLines(ctx: CheckContext): RuleFinding[] {
  const { text, parts } = ctx
  const findings: RuleFinding[] = []
  parts.forEach((part, i) => {
    if (!PROSE.has(part.kind)) return
    const block = text.slice(part.start, part.end).trimEnd()
    if (block === '' || ENDS.test(block) || looksLikeHeading(block)) return
    let next: ArticlePart | undefined
    for (const candidate of parts.slice(i + 1)) {
      if (candidate.kind === 'caption') continue
      if (PROSE.has(candidate.kind)) next = candidate
      break
    }
    const end = part.start + block.length
    const offset = Math.max(part.start, end - EXCERPT_CHARS)
    const at = { excerpt: text.slice(offset, end), offset, length: end - offset }
    if (next) {
      const head = text.slice(next.start, Math.min(next.end, next.start + EXCERPT_CHARS))
      findings.push({
        ...at,
        severity: 'warning',
        message: `段落在句中断开：“…${at.excerpt}”与下一段“${head}…”应是同一句话，请合并两段（中间的图片说明不受影响）。`,
        suggestion: `${at.excerpt}${head}`,
      })
    } else {
      findings.push({
        ...at,
        severity: 'warning',
        message: `段末缺少句末标点：“…${at.excerpt}”，请补上标点或补全句子。`,
      })
    }
  })

  // A line break inside one block (a soft break in the editor) in the middle of a sentence.
  for (const part of parts) {
    if (!PROSE.has(part.kind)) continue
    for (let at = text.indexOf('\n', part.start); at >= 0 && at < part.end; at = text.indexOf('\n', at + 1)) {
      if (!isHan(text[at - 1]) || !isHan(text[at + 1])) continue
      findings.push({
        severity: 'warning',
        message: '句子中间有多余的换行，请删去换行。',
        excerpt: text.slice(at - 1, at + 2),
        offset: at - 1,
        length: 3,
        suggestion: `${text[at - 1]}${text[at + 1]}`,
      })
    }
  }
  return findings
}
