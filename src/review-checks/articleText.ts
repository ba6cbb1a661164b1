/**
 * The checked text is the article's blocks (kicker, title, subtitle, lead, headings, paragraphs,
 * captions, byline) joined with '\n', so offsets are plain string indexes and a finding can still
 * say which block it is in.
 */
import type { ArticlePart, ArticlePartInput } from './types'

export interface ArticleText {
  text: string
  parts: ArticlePart[]
}

const BLOCK_SEPARATOR = '\n'

export function buildArticleText(blocks: readonly ArticlePartInput[]): ArticleText {
  const parts: ArticlePart[] = []
  let text = ''
  for (const block of blocks) {
    if (parts.length > 0) text += BLOCK_SEPARATOR
    parts.push({ kind: block.kind, index: parts.length, start: text.length, end: text.length + block.text.length })
    text += block.text
  }
  return { text, parts }
}

/** Without parts from the caller, every line of the text is taken as a paragraph. */
export function partsFromLines(text: string): ArticlePart[] {
  const parts: ArticlePart[] = []
  let start = 0
  for (const line of text.split(BLOCK_SEPARATOR)) {
    parts.push({ kind: 'paragraph', index: parts.length, start, end: start + line.length })
    start += line.length + BLOCK_SEPARATOR.length
  }
  return parts
}

/** The part containing `offset` (binary search; parts are in text order). */
export function partAt(parts: readonly ArticlePart[], offset: number): ArticlePart | undefined {
  let lo = 0
  let hi = parts.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const part = parts[mid]
    if (!part) break
    if (offset < part.start) hi = mid - 1
    else if (offset > part.end) lo = mid + 1
    else return part
  }
  return undefined
}
