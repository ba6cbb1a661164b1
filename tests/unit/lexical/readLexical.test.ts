import { describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '@/lexical/buildDocument'
import { lexicalPlainText, uploadIdsOf } from '@/lexical/readLexical'

describe('reading stored rich text', () => {
  const document = buildLexicalDocument([
    { type: 'heading', text: '夯基助产' },
    { type: 'paragraph', text: '三年时间,工作组坚持项目带动。' },
    { type: 'upload', mediaId: 3 },
    { type: 'paragraph', text: '第二段。' },
    { type: 'upload', mediaId: 3 },
    { type: 'upload', mediaId: 9 },
  ])

  it('finds the images it shows, once each, in order', () => {
    expect(uploadIdsOf(document)).toEqual([3, 9])
  })

  it('reads populated uploads too, and ignores hostile values', () => {
    const populated = { root: { children: [{ type: 'upload', relationTo: 'media', value: { id: 4 } }] } }
    expect(uploadIdsOf(populated)).toEqual([4])
    const hostile = {
      root: {
        children: [
          { type: 'upload', relationTo: 'media', value: '1; DROP TABLE media' },
          { type: 'upload', relationTo: 'users', value: 2 },
          { type: 'upload', relationTo: 'media', value: -5 },
        ],
      },
    }
    expect(uploadIdsOf(hostile)).toEqual([])
    expect(uploadIdsOf(null)).toEqual([])
    expect(uploadIdsOf('text')).toEqual([])
  })

  it('gives the text one block per line', () => {
    expect(lexicalPlainText(document)).toBe('夯基助产\n三年时间,工作组坚持项目带动。\n第二段。')
  })

  it('survives absurd nesting without a stack overflow', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' }
    for (let i = 0; i < 10_000; i++) node = { type: 'paragraph', children: [node] }
    expect(() => uploadIdsOf({ root: node })).not.toThrow()
    expect(() => lexicalPlainText({ root: node })).not.toThrow()
  })
})
