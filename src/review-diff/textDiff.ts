import { diffArrays } from 'diff'

/**
 * The inline difference between two texts, as a reviewer reads it: what stayed, what was deleted,
 * what was inserted. Joining the 'same' and 'insert' segments gives the newer text exactly, and
 * 'same' and 'delete' the older text exactly.
 *
 * Why words from Intl.Segmenter, diffed by jsdiff, rather than characters or a diff of our own:
 * - Characters (what the edit-conflict dialog uses) cut a changed figure into single digits kept,
 *   deleted and inserted: 「489万元」→「498万元」 reads as a puzzle, not as a new figure. A reviewer
 *   reads words, and Chinese has no spaces to find them by, so the segmenter (ICU's dictionary,
 *   built into Node and every browser) cuts the text into words and the diff works on those: the
 *   figure shows as 「489」 replaced by 「498」. A word the segmenter cannot cut is still exact: the
 *   whole token is marked replaced, never approximated. Segments are grapheme clusters at least, so
 *   an emoji or a surrogate pair is never split.
 * - jsdiff (`diff`) is a well-kept implementation of Myers' algorithm with a bound on the work
 *   (`maxEditLength`); a hand-written diff would be one more algorithm to get right and to bound.
 *
 * The work is bounded in two steps: paragraphs first (a few hundred lines even for a long story),
 * then words only inside the runs of paragraphs that changed, each with an edit-length limit; a run
 * changed beyond the limit is compared paragraph against paragraph, and a paragraph rewritten beyond
 * it is shown as deleted and inserted whole. Exact in every case, only coarser.
 */
export type DiffOp = 'insert' | 'delete' | 'same'

export interface DiffSegment {
  text: string
  op: DiffOp
}

/**
 * Beyond this many inserted + deleted words, a changed run is compared paragraph against paragraph,
 * and a paragraph beyond it is shown replaced whole. Myers' work grows with the square of the edits:
 * at this bound a 20,000-character rewrite stays well under a second.
 */
export const MAX_WORD_EDITS = 500

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

/** The text's words, spaces and punctuation, in order; joined they give the text back. */
export function wordTokens(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment)
}

/** Lines with their line break kept at the end, so joined they give the text back. */
const linesOf = (text: string): string[] => (text === '' ? [] : text.split(/(?<=\n)/))

/** Appends a segment, merging it into the last one when the operation is the same. */
function push(segments: DiffSegment[], text: string, op: DiffOp): void {
  if (text === '') return
  const last = segments[segments.length - 1]
  if (last && last.op === op) last.text += text
  else segments.push({ text, op })
}

/** One diff's words, each line cut once: a line break always ends a word, so lines cut alone agree. */
type Tokenizer = (lines: readonly string[]) => string[]

function lineTokenizer(): Tokenizer {
  const cache = new Map<string, string[]>()
  const tokensOf = (line: string) => {
    let tokens = cache.get(line)
    if (!tokens) cache.set(line, (tokens = wordTokens(line)))
    return tokens
  }
  return (lines) => lines.flatMap(tokensOf)
}

/** Word by word, or false when the words differ beyond the bound. */
function diffWords(segments: DiffSegment[], tokens: Tokenizer, older: string[], newer: string[]): boolean {
  const changes = diffArrays(tokens(older), tokens(newer), { maxEditLength: MAX_WORD_EDITS })
  if (!changes) return false
  for (const change of changes) {
    push(segments, change.value.join(''), change.added ? 'insert' : change.removed ? 'delete' : 'same')
  }
  return true
}

/**
 * A changed run of paragraphs, word by word. A run changed beyond the bound (a story rewritten, a
 * mark replaced throughout) is compared paragraph by paragraph in order, each within the bound.
 */
function diffRun(segments: DiffSegment[], tokens: Tokenizer, older: string[], newer: string[]): void {
  if (diffWords(segments, tokens, older, newer)) return
  const paired = Math.min(older.length, newer.length)
  if (paired <= 1) {
    push(segments, older.join(''), 'delete')
    push(segments, newer.join(''), 'insert')
    return
  }
  for (let index = 0; index < paired; index++) {
    // The last pair takes the rest of each side, so every line is in one pair.
    const last = index === paired - 1
    diffRun(segments, tokens, last ? older.slice(index) : [older[index]], last ? newer.slice(index) : [newer[index]])
  }
}

/**
 * Between two changes, a kept piece of one character (「的」, a comma) says nothing to the reader and
 * cuts a rewritten phrase into confetti: it is folded into both sides. Both texts still rebuild.
 */
function foldTinySame(segments: DiffSegment[]): DiffSegment[] {
  const folded: DiffSegment[] = []
  const isChange = (segment: DiffSegment | undefined) => segment !== undefined && segment.op !== 'same'
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]
    const tiny = segment.op === 'same' && Array.from(segment.text).length === 1 && segment.text !== '\n'
    if (tiny && isChange(segments[index - 1]) && isChange(segments[index + 1])) {
      push(folded, segment.text, 'delete')
      push(folded, segment.text, 'insert')
    } else push(folded, segment.text, segment.op)
  }
  return regroup(folded)
}

/** Within each stretch of changes, the deleted text first, then the inserted, merged. */
function regroup(segments: DiffSegment[]): DiffSegment[] {
  const result: DiffSegment[] = []
  let deleted = ''
  let inserted = ''
  const flush = () => {
    push(result, deleted, 'delete')
    push(result, inserted, 'insert')
    deleted = inserted = ''
  }
  for (const segment of segments) {
    if (segment.op === 'delete') deleted += segment.text
    else if (segment.op === 'insert') inserted += segment.text
    else {
      flush()
      push(result, segment.text, 'same')
    }
  }
  flush()
  return result
}

/** The inline difference from `older` to `newer` (see the top of this file). */
export function diffText(older: string, newer: string): DiffSegment[] {
  if (older === newer) return older === '' ? [] : [{ text: older, op: 'same' }]
  const segments: DiffSegment[] = []
  const tokens = lineTokenizer()
  let removed: string[] = []
  let added: string[] = []
  const flushRun = () => {
    if (removed.length > 0 || added.length > 0) diffRun(segments, tokens, removed, added)
    removed = []
    added = []
  }
  for (const change of diffArrays(linesOf(older), linesOf(newer))) {
    if (change.removed) removed.push(...change.value)
    else if (change.added) added.push(...change.value)
    else {
      flushRun()
      push(segments, change.value.join(''), 'same')
    }
  }
  flushRun()
  return foldTinySame(segments)
}

/** The older text the segments describe ('same' + 'delete'). */
export const olderTextOf = (segments: readonly DiffSegment[]): string =>
  segments
    .filter((segment) => segment.op !== 'insert')
    .map((segment) => segment.text)
    .join('')

/** The newer text the segments describe ('same' + 'insert'). */
export const newerTextOf = (segments: readonly DiffSegment[]): string =>
  segments
    .filter((segment) => segment.op !== 'delete')
    .map((segment) => segment.text)
    .join('')
