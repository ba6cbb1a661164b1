import { createHash } from 'node:crypto'

/**
 * Builds Lexical's serialized JSON (the format Payload stores for rich text) from plain blocks,
 * for content that arrives as text: the seed, imports.
 */
export type DocumentBlock =
  { type: 'heading'; text: string } | { type: 'paragraph'; text: string } | { type: 'upload'; mediaId: number | string }

const textNode = (text: string) => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const elementBase = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

// Upload nodes carry an id of their own; derive it from content so the same input gives the same JSON.
const stableNodeId = (seed: string): string => createHash('sha1').update(seed).digest('hex').slice(0, 24)

function toNode(block: DocumentBlock, index: number) {
  switch (block.type) {
    case 'heading':
      return { ...elementBase, type: 'heading', tag: 'h2', children: [textNode(block.text)] }
    case 'paragraph':
      return { ...elementBase, type: 'paragraph', textFormat: 0, textStyle: '', children: [textNode(block.text)] }
    case 'upload':
      return {
        type: 'upload',
        version: 3,
        format: '',
        id: stableNodeId(`${index}:${block.mediaId}`),
        fields: null,
        relationTo: 'media',
        value: block.mediaId,
      }
  }
}

export function buildLexicalDocument(blocks: DocumentBlock[]) {
  return {
    root: { ...elementBase, type: 'root', children: blocks.map(toNode) },
  }
}
