/**
 * Which target a figure is about. Chinese report prose puts the figure before what it paid for
 * ("投资1300万元新建县中学多媒体教学楼") as often as after ("小学运动场投资1190万元"), and sometimes
 * names the project in the sentence before ("实施“鲁藏百村幸福家园”建设项目。投资1640万元对…").
 * So every target named near the figure gets a score: its keys' weights, counted in full inside
 * the figure's own stretch (between the neighbouring figures of its sentence), half elsewhere in
 * the sentence, and a third in the sentence before it within the same block.
 */
import type { CheckContext, Mention } from './checkContext'
import type { FactTarget } from './factTargets'
import { WEIGHT } from './factTargets'
import { spanIndexAt, type Span } from './textSpans'

export interface Candidate {
  target: FactTarget
  score: number
}

/** A score at which the figure is taken to be about the target (a name, a fragment or a village). */
export const SURE_SCORE = 5

function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((mentions[mid]?.start ?? 0) < start) lo = mid + 1
    else hi = mid
  }
  const found: Mention[] = []
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i]
    if (!m || m.start >= end) break
    if (m.end <= end) found.push(m)
  }
  return found
}

const YEAR = /(\d{4})年/gu

/**
 * Candidates for a figure at [start, end), best first. `boundaries` are the other figures of the
 * text (sorted); they delimit the figure's own stretch inside its sentence.
 */
export function rankCandidates(
  ctx: CheckContext,
  start: number,
  end: number,
  boundaries: readonly { offset: number; length: number }[],
): Candidate[] {
  const sIndex = spanIndexAt(ctx.sentences, start)
  const sentence: Span = ctx.sentences[sIndex] ?? { start, end }
  let stretchStart = sentence.start
  let stretchEnd = sentence.end
  for (const b of boundaries) {
    const bEnd = b.offset + b.length
    if (bEnd <= start && bEnd > stretchStart) stretchStart = bEnd
    if (b.offset >= end && b.offset < stretchEnd) stretchEnd = b.offset
  }
  const previous = ctx.sentences[sIndex - 1]
  // The sentence before counts only within the same block (no '\n' between).
  const before = previous && !ctx.text.slice(previous.end, sentence.start).includes('\n') ? previous : undefined

  const scores = new Map<FactTarget, number>()
  const add = (m: Mention, factor: number) => scores.set(m.target, (scores.get(m.target) ?? 0) + m.weight * factor)
  for (const m of mentionsIn(ctx.mentions, sentence.start, sentence.end)) {
    add(m, m.start >= stretchStart && m.end <= stretchEnd ? 1 : 0.5)
  }
  if (before) for (const m of mentionsIn(ctx.mentions, before.start, before.end)) add(m, 1 / 3)

  const sentenceYears = new Set(
    [...ctx.text.slice(sentence.start, sentence.end).matchAll(YEAR)].map((m) => Number(m[1])),
  )
  const candidates: Candidate[] = []
  for (const [target, score] of scores) {
    if (target.years.length > 0) {
      // A batch is only meant where one of its years is named.
      if (!target.years.some((y) => sentenceYears.has(y))) continue
      candidates.push({ target, score: score + WEIGHT.year })
    } else {
      candidates.push({ target, score })
    }
  }
  return candidates.sort((a, b) => b.score - a.score)
}
