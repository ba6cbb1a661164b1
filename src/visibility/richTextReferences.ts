import { idOf, type IsVisible, type Target } from './targets'

/**
 * The documents stored Lexical JSON points at, and the same JSON without the ones a reader may
 * not see. An internal link names its document in `fields.doc`; a relationship or upload node in
 * `relationTo` and `value`. The JSON may come from any API client: unknown nodes are walked
 * through, and nothing deeper than real documents ever go is answered at all.
 */
const MAX_DEPTH = 64

interface NodeLike {
  type?: unknown
  children?: unknown
  relationTo?: unknown
  value?: unknown
  fields?: unknown
}

const isNode = (value: unknown): value is NodeLike => typeof value === 'object' && value !== null

/** The internal link's document, or null when the node is no internal link. */
function linkTarget(node: NodeLike): Target | null {
  if (node.type !== 'link' || !isNode(node.fields)) return null
  const { linkType, doc } = node.fields as { linkType?: unknown; doc?: unknown }
  if (linkType !== 'internal' || !isNode(doc)) return null
  const { relationTo, value } = doc as { relationTo?: unknown; value?: unknown }
  const id = idOf(value)
  return typeof relationTo === 'string' && id !== null ? { collection: relationTo, id } : null
}

/** The document a relationship or upload node shows, or null for any other node. */
function embedTarget(node: NodeLike): Target | null {
  if (node.type !== 'relationship' && node.type !== 'upload') return null
  const id = idOf(node.value)
  return typeof node.relationTo === 'string' && id !== null ? { collection: node.relationTo, id } : null
}

function* walk(node: unknown, depth: number): Generator<NodeLike> {
  if (depth > MAX_DEPTH || !isNode(node)) return
  yield node
  if (Array.isArray(node.children)) for (const child of node.children) yield* walk(child, depth + 1)
}

const rootOf = (document: unknown) => (isNode(document) ? (document as { root?: unknown }).root : undefined)

/** Every document the text links to or embeds, in reading order (repeats included). */
export function richTextTargets(document: unknown): Target[] {
  const targets: Target[] = []
  for (const node of walk(rootOf(document), 0)) {
    const target = linkTarget(node) ?? embedTarget(node)
    if (target) targets.push(target)
  }
  return targets
}

/** A node's children with hidden references taken out: a link keeps its text, an embed goes. */
function visibleChildren(children: unknown[], isVisible: IsVisible, depth: number): unknown[] {
  if (depth > MAX_DEPTH) return []
  return children.flatMap((child) => {
    if (!isNode(child)) return [child]
    const link = linkTarget(child)
    if (link && !isVisible(link)) {
      return Array.isArray(child.children) ? visibleChildren(child.children, isVisible, depth + 1) : []
    }
    const embed = embedTarget(child)
    if (embed && !isVisible(embed)) return []
    if (!Array.isArray(child.children)) return [child]
    return [{ ...child, children: visibleChildren(child.children, isVisible, depth + 1) }]
  })
}

/**
 * The document as a reader may see it: an internal link to a hidden document becomes its plain
 * text (the id is gone), a relationship or upload node showing one is left out. A new object; the
 * stored one is not changed.
 */
export function withoutHiddenReferences(document: unknown, isVisible: IsVisible): unknown {
  const root = rootOf(document)
  if (!isNode(root) || !Array.isArray(root.children)) return document
  return { ...(document as object), root: { ...root, children: visibleChildren(root.children, isVisible, 1) } }
}
