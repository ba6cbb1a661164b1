/**
 * Which target a figure is about. Chinese report prose puts the figure before what it paid for
 * ("投资1300万元新建县中学多媒体教学楼") as often as after ("小学运动场投资1190万元"), and sometimes
 * names the project in the sentence before ("实施“鲁藏百村幸福家园”建设项目。投资1640万元对…").
 * So every target named near the figure gets a score from its keys' weights: in full in the
 * figure's own clause, half past a comma but still within its stretch (between the neighbouring
 * figures of its sentence), about a third elsewhere in the sentence and a quarter in the sentence
 * before it within the same block; and each counts less the further it is from the figure
 * ("投资2000万元藏鸡…项目和投资1100万元的昂仁县金满地大酒店项目").
 */
import type { CheckContext, Mention } from './checkContext'
import type { FactTarget } from './factTargets'
import { WEIGHT } from './factTargets'
import { spanIndexAt, type Span } from './textSpans'

export interface Candidate {
  target: FactTarget
  score: number
  /**
   * Named in the figure's own sentence by its name, a fragment of it or a village — sure enough
   * to call a disagreement an error. A township alone, or a name in the sentence before, is not.
   */
  named: boolean
}

/** Keys at least this heavy name a target (see WEIGHT): names, fragments, villages. */
const NAMING_WEIGHT = WEIGHT.village
/** Characters between figure and mention at which a mention counts half. */
const DISTANCE_HALF = 20
const SCOPE = { clause: 1, stretch: 0.5, sentence: 0.35, before: 0.25 } as const
const CLAUSE_SEPARATOR = /[,，:：]/u

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

  const best = new Map<FactTarget, number>()
  const others = new Map<FactTarget, number>()
  const named = new Set<FactTarget>()
  const add = (m: Mention, scope: number) => {
    const gap = Math.max(0, m.start - end, start - m.end)
    const value = m.weight * scope * (1 / (1 + gap / DISTANCE_HALF))
    const top = best.get(m.target) ?? 0
    best.set(m.target, Math.max(top, value))
    others.set(m.target, (others.get(m.target) ?? 0) + Math.min(top, value))
  }
  const { text } = ctx
  for (const m of mentionsIn(ctx.mentions, sentence.start, sentence.end)) {
    if (m.weight >= NAMING_WEIGHT) named.add(m.target)
    const between = m.end <= start ? text.slice(m.end, start) : text.slice(end, m.start)
    const inStretch = m.start >= stretchStart && m.end <= stretchEnd
    add(m, !inStretch ? SCOPE.sentence : CLAUSE_SEPARATOR.test(between) ? SCOPE.stretch : SCOPE.clause)
  }
  if (before) for (const m of mentionsIn(ctx.mentions, before.start, before.end)) add(m, SCOPE.before)
  // Per target: its best mention counts in full, further mentions a quarter, so a project named
  // once right at the figure outweighs another whose fragments and townships recur further away.
  const scores = new Map<FactTarget, number>()
  for (const [target, top] of best) scores.set(target, top + 0.25 * (others.get(target) ?? 0))

  const sentenceYears = new Set(
    [...ctx.text.slice(sentence.start, sentence.end).matchAll(YEAR)].map((m) => Number(m[1])),
  )
  const candidates: Candidate[] = []
  for (const [target, score] of scores) {
    if (target.years.length > 0) {
      // A batch is only meant where one of its years is named.
      if (!target.years.some((y) => sentenceYears.has(y))) continue
      candidates.push({ target, score: score + WEIGHT.year, named: named.has(target) })
    } else {
      candidates.push({ target, score, named: named.has(target) })
    }
  }
  return candidates.sort((a, b) => b.score - a.score)
}
