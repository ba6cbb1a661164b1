import { diffChars } from 'diff'

import { lexicalPlainText } from '@/lexical/readLexical'
import { BOOKKEEPING_FIELDS } from '@/workflow/bookkeeping'

/**
 * What an editor compares in an edit conflict: the document's text, field by field, as plain text
 * (rich text flattened), their own version beside the newer one, and where the two differ.
 * Pure, so the dialog stays a thin view.
 */
const NOT_TEXT = new Set([...BOOKKEEPING_FIELDS, 'slug', 'publishedAt'])

const isRichText = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'root' in (value as Record<string, unknown>)

/** The document's text: one paragraph per text field, in the order of `fields` (then the rest). */
export function documentText(doc: Record<string, unknown> | null | undefined, fields: readonly string[] = []): string {
  if (!doc) return ''
  const keys = [...fields, ...Object.keys(doc).filter((key) => !fields.includes(key))]
  const parts: string[] = []
  for (const key of keys) {
    if (NOT_TEXT.has(key)) continue
    const value = doc[key]
    const text = typeof value === 'string' ? value.trim() : isRichText(value) ? lexicalPlainText(value).trim() : ''
    if (text) parts.push(text)
  }
  return parts.join('\n\n')
}

export interface TextChange {
  text: string
  /** Only in the newer version (`theirs`), only in the editor's own (`mine`), or in both. */
  side: 'theirs' | 'mine' | 'both'
}

/**
 * Where the editor's text and the newer one differ, character by character: Chinese has no spaces
 * between words, so a word diff would mark whole sentences. jsdiff (`diff`) computes it: a
 * well-kept implementation of Myers' algorithm rather than one of our own.
 */
export function textChanges(theirs: string, mine: string): TextChange[] {
  return diffChars(theirs, mine).map((part) => ({
    text: part.value,
    side: part.added ? 'mine' : part.removed ? 'theirs' : 'both',
  }))
}
