/**
 * Sentences of the checked text, used to decide what a figure is about. A "sentence" here ends at
 * 。！？ or a semicolon (Chinese reports chain independent statements with ；) and never crosses
 * a line break, i.e. a block boundary.
 */

export interface Span {
  start: number
  end: number
}

const SENTENCE_END = /[。！？!?；;\n]/gu

export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index ?? 0
    if (end > start) spans.push({ start, end })
    start = end + 1
  }
  if (start < text.length) spans.push({ start, end: text.length })
  return spans
}

/** Index of the span containing `offset`, or -1 (binary search; spans are in order). */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const span = spans[mid]
    if (!span) break
    if (offset < span.start) hi = mid - 1
    else if (offset >= span.end) lo = mid + 1
    else return mid
  }
  return -1
}

/** Han ideographs (not punctuation). */
export const HAN = /\p{Script=Han}/u
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch)
