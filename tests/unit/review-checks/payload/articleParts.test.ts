import { describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../../../src/lexical/buildDocument'
import { buildArticleText } from '../../../../src/review-checks'
import {
  articleParts,
  captionedMediaIds,
  type CheckedArticle,
} from '../../../../src/review-checks/payload/articleParts'

const article: CheckedArticle = {
  kicker: '引题',
  title: '主标题',
  subtitle: null,
  lead: '导语。',
  coverImage: 4,
  body: buildLexicalDocument([
    { type: 'heading', text: '小标题' },
    { type: 'paragraph', text: '正文第一段。' },
    { type: 'upload', mediaId: 7 },
    { type: 'paragraph', text: '  ' },
    { type: 'upload', mediaId: 8 },
    { type: 'paragraph', text: '正文第二段。' },
  ]) as CheckedArticle['body'],
  bylines: [
    { role: 'reporter', name: '孙良栋' },
    { role: 'correspondent', name: '王五' },
  ],
  source: '大众日报淄博融媒体中心',
}

const captions = new Map([
  [4, '题图说明'],
  [7, '图一说明'],
  // 8 has no caption: nothing is checked there
])

describe('the blocks of an article the checks read', () => {
  it('lists the headline, the cover caption, the body with captions in place, then the byline', () => {
    expect(articleParts(article, captions)).toEqual([
      { kind: 'kicker', text: '引题' },
      { kind: 'title', text: '主标题' },
      { kind: 'lead', text: '导语。' },
      { kind: 'caption', text: '题图说明' },
      { kind: 'heading', text: '小标题' },
      { kind: 'paragraph', text: '正文第一段。' },
      { kind: 'caption', text: '图一说明' },
      { kind: 'paragraph', text: '正文第二段。' },
      { kind: 'byline', text: '大众日报淄博融媒体中心记者 孙良栋 通讯员 王五' },
    ])
  })

  it('places each block at its offset in the checked text', () => {
    const { text, parts } = buildArticleText(articleParts(article, captions))
    const title = parts.find((p) => p.kind === 'title')!
    expect(text.slice(title.start, title.end)).toBe('主标题')
    expect(text.split('\n')).toHaveLength(parts.length)
  })

  it('asks for the captions of the cover and every body image, once each', () => {
    expect(captionedMediaIds(article)).toEqual([4, 7, 8])
    expect(captionedMediaIds({ ...article, coverImage: { id: 7 } as never })).toEqual([7, 8])
    expect(captionedMediaIds({ ...article, coverImage: null, body: { root: {} } as never })).toEqual([])
  })

  it('leaves out an empty byline and a missing cover', () => {
    const parts = articleParts({ ...article, coverImage: null, bylines: [] }, captions)
    expect(parts.map((p) => p.kind)).not.toContain('byline')
    expect(parts.filter((p) => p.kind === 'caption').map((p) => p.text)).toEqual(['图一说明'])
  })
})
