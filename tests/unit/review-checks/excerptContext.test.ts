import { describe, expect, it } from 'vitest'

import { buildArticleText } from '../../../src/review-checks'
import { excerptContext } from '../../../src/review-checks/excerptContext'

const { text, parts } = buildArticleText([
  { kind: 'title', text: '标题' },
  { kind: 'paragraph', text: '县中学多媒体教学楼投资1350万元，已于2021年竣工。' },
  { kind: 'caption', text: '图片说明' },
])
const at = (excerpt: string) => ({ offset: text.indexOf(excerpt), length: excerpt.length })

describe('a finding in its context', () => {
  it.each([
    // excerpt, radius, before, after, clipped before, clipped after
    ['1350万元', 4, '学楼投资', '，已于2', true, true],
    ['1350万元', 40, '县中学多媒体教学楼投资', '，已于2021年竣工。', false, false],
    ['县中学', 3, '', '多媒体', false, true],
    ['竣工。', 3, '21年', '', true, false],
  ] as const)('%s within %i characters', (excerpt, radius, before, after, clippedBefore, clippedAfter) => {
    expect(excerptContext(text, at(excerpt), parts, radius)).toEqual({
      before,
      excerpt,
      after,
      clippedBefore,
      clippedAfter,
    })
  })

  it('without parts, takes the context from the whole text', () => {
    expect(excerptContext(text, at('图片'), [], 3)).toMatchObject({ before: '工。\n', excerpt: '图片', after: '说明' })
  })

  it('gives an empty excerpt for a finding about a record only', () => {
    expect(excerptContext(text, { offset: 0, length: 0 }, parts, 3)).toMatchObject({ before: '', excerpt: '' })
  })
})
