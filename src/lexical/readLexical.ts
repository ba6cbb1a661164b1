/**
 * Reading stored Lexical JSON without the editor: which uploads a document shows (so a page can
 * load them in one query) and its plain text (for descriptions and checks). Unknown node types are
 * walked through, never trusted: the JSON may come from any API client.
 */
interface LexicalNodeLike {
  type?: unknown
  text?: unknown
  value?: unknown
  relationTo?: unknown
  children?: unknown
}

function* walk(node: unknown, depth = 0): Generator<LexicalNodeLike> {
  // Hostile JSON can nest without end; real documents stay far below this.
  if (depth > 64 || typeof node !== 'object' || node === null) return
  const current = node as LexicalNodeLike
  yield current
  if (Array.isArray(current.children)) for (const child of current.children) yield* walk(child, depth + 1)
}

const rootOf = (document: unknown) =>
  typeof document === 'object' && document !== null ? (document as { root?: unknown }).root : undefined

/** The media id an upload node shows (stored as an id, or populated), or null for anything else. */
function mediaIdOf(node: LexicalNodeLike): number | null {
  if (node.type !== 'upload' || node.relationTo !== 'media') return null
  const value = typeof node.value === 'object' && node.value !== null ? (node.value as { id?: unknown }).id : node.value
  const id = Number(value)
  return Number.isInteger(id) && id > 0 ? id : null
}

/** Ids of the media the document's upload nodes show, in order, without repeats. */
export function uploadIdsOf(document: unknown): number[] {
  const ids = new Set<number>()
  for (const node of walk(rootOf(document))) {
    const id = mediaIdOf(node)
    if (id !== null) ids.add(id)
  }
  return [...ids]
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem'])

/** The document's text, one line per paragraph, heading, quote or list item. */
export function lexicalPlainText(document: unknown): string {
  const root = rootOf(document)
  const lines: string[] = []
  const collect = (node: unknown, depth: number): string => {
    if (depth > 64 || typeof node !== 'object' || node === null) return ''
    const current = node as LexicalNodeLike
    if (typeof current.text === 'string') return current.text
    if (current.type === 'linebreak') return '\n'
    const children = Array.isArray(current.children) ? current.children : []
    const text = children.map((child) => collect(child, depth + 1)).join('')
    if (
      BLOCK_TYPES.has(String(current.type)) &&
      !children.some((c) => BLOCK_TYPES.has(String((c as LexicalNodeLike)?.type)))
    ) {
      lines.push(text)
      return ''
    }
    return text
  }
  collect(root, 0)
  return lines.filter((line) => line.trim() !== '').join('\n')
}

export type LexicalBlock =
  { type: 'heading' | 'paragraph' | 'quote' | 'listitem'; text: string } | { type: 'upload'; mediaId: number }

const isBlock = (node: LexicalNodeLike) => BLOCK_TYPES.has(String(node.type))
const isContainer = (node: LexicalNodeLike) => isBlock(node) || node.type === 'list' || node.type === 'upload'

/** The text a block shows itself: its inline nodes (text, links, line breaks), not nested blocks. */
function inlineText(node: LexicalNodeLike, depth: number): string {
  if (depth > 64 || !Array.isArray(node.children)) return ''
  let text = ''
  for (const child of node.children as unknown[]) {
    if (typeof child !== 'object' || child === null) continue
    const current = child as LexicalNodeLike
    if (typeof current.text === 'string') text += current.text
    else if (current.type === 'linebreak') text += '\n'
    else if (!isContainer(current)) text += inlineText(current, depth + 1)
  }
  return text
}

/**
 * The document's blocks in reading order, for the review checks: headings, paragraphs, quotes and
 * list items with their own text (a nested list follows its item), and the images by media id, so
 * the caller can put each image's caption where the reader sees it.
 */
export function lexicalBlocks(document: unknown): LexicalBlock[] {
  const blocks: LexicalBlock[] = []
  const visit = (node: unknown, depth: number) => {
    if (depth > 64 || typeof node !== 'object' || node === null) return
    const current = node as LexicalNodeLike
    const mediaId = mediaIdOf(current)
    if (mediaId !== null) blocks.push({ type: 'upload', mediaId })
    if (isBlock(current)) {
      blocks.push({
        type: current.type as 'heading' | 'paragraph' | 'quote' | 'listitem',
        text: inlineText(current, depth),
      })
    }
    if (Array.isArray(current.children)) for (const child of current.children) visit(child, depth + 1)
  }
  visit(rootOf(document), 0)
  return blocks
}
