/**
 * A finding's excerpt with a few characters either side, for the admin to show it highlighted
 * where it stands. The context stays inside the excerpt's block: the text beyond is another
 * paragraph or a caption, which would only mislead.
 */
import { partAt } from './articleText'
import type { ArticlePart, Finding } from './types'

export interface ExcerptContext {
  before: string
  excerpt: string
  after: string
  /** Whether the block goes on beyond `before` / `after` (the admin shows an ellipsis). */
  clippedBefore: boolean
  clippedAfter: boolean
}

export function excerptContext(
  text: string,
  finding: Pick<Finding, 'offset' | 'length'>,
  parts: readonly ArticlePart[] = [],
  radius = 12,
): ExcerptContext {
  const end = finding.offset + finding.length
  const part = partAt(parts, finding.offset)
  const blockStart = part?.start ?? 0
  const blockEnd = Math.max(part?.end ?? text.length, end)
  const from = Math.max(blockStart, finding.offset - radius)
  const to = Math.min(blockEnd, end + radius)
  return {
    before: text.slice(from, finding.offset),
    excerpt: text.slice(finding.offset, end),
    after: text.slice(end, to),
    clippedBefore: from > blockStart,
    clippedAfter: to < blockEnd,
  }
}
