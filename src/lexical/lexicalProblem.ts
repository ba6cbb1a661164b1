import { safeHref } from '@/site/safeHref'

/**
 * Checks the shape of a Lexical document sent by a client before Payload walks it: Payload's own
 * traversal crashes (a 500) on children that are not arrays or on very deep nesting, and stores
 * node types and link targets the editor never makes. Pure; returns what is wrong, or null.
 */
export const LEXICAL_NODE_TYPES: ReadonlySet<string> = new Set([
  // Lexical's core nodes and those of Payload's default editor features (the one this project uses).
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'relationship',
  'upload',
  'horizontalrule',
])

/** Far deeper than any list in a list an editor makes, far shallower than a stack overflow. */
export const MAX_LEXICAL_NESTING = 40

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function nodeProblem(node: unknown): string | null {
  if (!isObject(node)) return 'a node is not an object'
  if (typeof node.type !== 'string' || !LEXICAL_NODE_TYPES.has(node.type)) {
    return `unknown node type ${JSON.stringify(node.type)}`
  }
  if ('children' in node && !Array.isArray(node.children)) return `the children of a ${node.type} node are not a list`
  if (node.type === 'text' && typeof node.text !== 'string') return 'a text node without text'
  if (node.type === 'link' || node.type === 'autolink') {
    const fields = isObject(node.fields) ? node.fields : {}
    if (fields.linkType !== 'internal' && safeHref(fields.url) === null) {
      return `a link to ${JSON.stringify(String(fields.url ?? '')).slice(0, 80)} (only http, https, mailto, tel and paths of this site)`
    }
  }
  return null
}

export function lexicalProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (!isObject(value) || !isObject(value.root) || value.root.type !== 'root') return 'the document has no root node'
  const pending: { node: unknown; depth: number }[] = [{ node: value.root, depth: 0 }]
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!
    if (depth > MAX_LEXICAL_NESTING) return `nodes are nested more than ${MAX_LEXICAL_NESTING} levels deep`
    const problem = nodeProblem(node)
    if (problem) return problem
    const children = (node as { children?: unknown[] }).children ?? []
    for (const child of children) pending.push({ node: child, depth: depth + 1 })
  }
  return null
}
