import { describe, expect, it } from 'vitest'

import { documentText, textChanges } from '../../../src/concurrency/conflictText'
import { buildLexicalDocument } from '../../../src/lexical/buildDocument'

describe('documentText', () => {
  it('flattens rich text and leaves out bookkeeping, in the order asked for', () => {
    const doc = {
      id: 4,
      lead: '导语',
      title: '标题',
      slug: 'biao-ti',
      body: buildLexicalDocument([{ type: 'paragraph', text: '正文第一段。' }]),
      updatedAt: '2026-12-01T08:00:00.000Z',
      workflowStatus: 'draft',
      relatedProjects: [1, 2],
    }
    expect(documentText(doc, ['title', 'lead', 'body'])).toBe('标题\n\n导语\n\n正文第一段。')
  })

  it('is empty for nothing', () => {
    expect(documentText(null)).toBe('')
    expect(documentText({ id: 1, title: '  ' })).toBe('')
  })
})

describe('textChanges', () => {
  it('marks what only one side has, character by character', () => {
    expect(textChanges('投资1300万元', '投资1500万元')).toEqual([
      { text: '投资1', side: 'both' },
      { text: '3', side: 'theirs' },
      { text: '5', side: 'mine' },
      { text: '00万元', side: 'both' },
    ])
  })

  it('finds no change in equal texts', () => {
    expect(textChanges('同样的文字', '同样的文字')).toEqual([{ text: '同样的文字', side: 'both' }])
  })
})
