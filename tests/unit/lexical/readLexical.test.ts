import { describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '@/lexical/buildDocument'
import { lexicalBlocks, lexicalPlainText, uploadIdsOf } from '@/lexical/readLexical'

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
    expect(() => lexicalBlocks({ root: node })).not.toThrow()
  })
})

describe('reading rich text as blocks', () => {
  const text = (t: string) => ({ type: 'text', text: t })

  it('gives headings, paragraphs and images in reading order', () => {
    const document = buildLexicalDocument([
      { type: 'heading', text: '夯基助产' },
      { type: 'paragraph', text: '第一段。' },
      { type: 'upload', mediaId: 3 },
      { type: 'paragraph', text: '第二段。' },
    ])
    expect(lexicalBlocks(document)).toEqual([
      { type: 'heading', text: '夯基助产' },
      { type: 'paragraph', text: '第一段。' },
      { type: 'upload', mediaId: 3 },
      { type: 'paragraph', text: '第二段。' },
    ])
  })

  it('reads links and soft line breaks inline, quotes and nested list items as blocks of their own', () => {
    const document = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [text('见'), { type: 'link', children: [text('昂仁县')] }, { type: 'linebreak' }, text('官网。')],
          },
          { type: 'quote', children: [text('引文。')] },
          {
            type: 'list',
            children: [
              {
                type: 'listitem',
                children: [
                  text('第一项'),
                  { type: 'list', children: [{ type: 'listitem', children: [text('子项')] }] },
                ],
              },
              { type: 'listitem', children: [text('第二项')] },
            ],
          },
          { type: 'upload', relationTo: 'media', value: { id: 5 } },
        ],
      },
    }
    expect(lexicalBlocks(document)).toEqual([
      { type: 'paragraph', text: '见昂仁县\n官网。' },
      { type: 'quote', text: '引文。' },
      { type: 'listitem', text: '第一项' },
      { type: 'listitem', text: '子项' },
      { type: 'listitem', text: '第二项' },
      { type: 'upload', mediaId: 5 },
    ])
  })

  it('gives nothing for a missing or hostile document', () => {
    expect(lexicalBlocks(null)).toEqual([])
    expect(lexicalBlocks({ root: { children: [{ type: 'upload', relationTo: 'users', value: 2 }, 'junk'] } })).toEqual(
      [],
    )
  })
})
