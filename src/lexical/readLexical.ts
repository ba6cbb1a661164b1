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

/** Ids of the media the document's upload nodes show, in order, without repeats. */
export function uploadIdsOf(document: unknown): number[] {
  const ids = new Set<number>()
  for (const node of walk(rootOf(document))) {
    if (node.type !== 'upload' || node.relationTo !== 'media') continue
    const value =
      typeof node.value === 'object' && node.value !== null ? (node.value as { id?: unknown }).id : node.value
    const id = Number(value)
    if (Number.isInteger(id) && id > 0) ids.add(id)
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
