import { lexicalBlocks } from '@/lexical/readLexical'

/**
 * The text a reviewer compares for a text or rich-text field. Rich text is read as plain text, one
 * line per paragraph, heading, quote or list item (the same reading the review checks use), so a
 * paragraph break stays visible as '\n'; an image in the text is a line of its own, so inserting or
 * removing one shows. Formatting (bold, a link's address) is not text and is not compared.
 */
export const imageLine = (mediaId: number) => `[图片 / Image #${mediaId}]`

const isRichText = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'root' in (value as Record<string, unknown>)

/** A plain text field's value as text: null, undefined and non-text are the empty text. */
export function plainFieldText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}

/** A rich-text field's value as lines of plain text (empty for null, undefined or no document). */
export function richFieldText(value: unknown): string {
  if (typeof value === 'string') return value // a client may have stored plain text
  if (!isRichText(value)) return ''
  const lines: string[] = []
  for (const block of lexicalBlocks(value)) {
    if (block.type === 'upload') lines.push(imageLine(block.mediaId))
    else if (block.text.trim() !== '') lines.push(block.text)
  }
  return lines.join('\n')
}
