import { describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../../src/lexical/buildDocument'

describe('buildLexicalDocument', () => {
  const doc = buildLexicalDocument([
    { type: 'heading', text: '夯基助产 高质量发展昂仁经济' },
    { type: 'paragraph', text: '三年时间，工作组坚持项目带动。' },
    { type: 'upload', mediaId: 7 },
  ])
  const [heading, paragraph, upload] = doc.root.children as any[]

  it('keeps the blocks in order as Lexical nodes', () => {
    expect(doc.root.type).toBe('root')
    expect(heading).toMatchObject({
      type: 'heading',
      tag: 'h2',
      children: [{ type: 'text', text: '夯基助产 高质量发展昂仁经济' }],
    })
    expect(paragraph).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', text: '三年时间，工作组坚持项目带动。' }],
    })
    expect(upload).toMatchObject({ type: 'upload', relationTo: 'media', value: 7, version: 3 })
  })

  it('gives upload nodes a stable 24-character id, so the same input gives the same JSON', () => {
    expect(upload.id).toMatch(/^[0-9a-f]{24}$/)
    expect(
      buildLexicalDocument([
        { type: 'paragraph', text: 'x' },
        { type: 'upload', mediaId: 7 },
      ]),
    ).toEqual(
      buildLexicalDocument([
        { type: 'paragraph', text: 'x' },
        { type: 'upload', mediaId: 7 },
      ]),
    )
  })
})
