import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleTexts, parseColumnArticle } from '../../../src/seed/parseColumnArticle'

const raw = readFileSync(new URL('../../../src/seed/column-article.txt', import.meta.url), 'utf8')
const parsed = parseColumnArticle(raw)
const paragraphs = [
  parsed.article.lead,
  ...parsed.article.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))),
]

describe('parseColumnArticle on the column article', () => {
  it('reads the column header and the 编者按', () => {
    expect(parsed.column.name).toBe('穿越喜马拉雅的守望')
    expect(parsed.column.tagline).toBe('直击淄博第九批援藏工作组工作')
    expect(parsed.column.editorsNote).toHaveLength(1)
    expect(parsed.column.editorsNote[0]).toMatch(/^为充分展示淄博市三年来援藏工作成果.*精神风貌。$/u)
  })

  it('reads the headline, cover caption, lead and byline', () => {
    expect(parsed.article.coverCaption).toBe('投资489万元新建成的卡嘎镇便民服务中心和特色产品展销中心')
    expect(parsed.article.kicker).toBe('让家乡的“最红战旗”在雪域昂仁高高飘扬')
    expect(parsed.article.title).toBe('淄博市第九批援藏工作组创造昂仁品质打响淄博品牌')
    expect(parsed.article.subtitle).toBeNull()
    expect(parsed.article.lead).toMatch(/^青藏高原西南部,珠峰脚下.*今年7月,工作组即将圆满完成援藏各项工作任务。$/u)
    expect(parsed.article.byline).toEqual({ source: '大众日报淄博融媒体中心', role: '记者', name: '孙良栋' })
  })

  it('has the three sections with their headings', () => {
    expect(parsed.article.sections.map((s) => s.heading)).toEqual([
      '夯基助产 高质量发展昂仁经济',
      '民生优先 建设美丽幸福昂仁',
      '不忘初心 确保圆满完成援藏任务',
    ])
    const count = (type: string) => parsed.article.sections.map((s) => s.blocks.filter((b) => b.type === type).length)
    expect(count('paragraph')).toEqual([8, 5, 4])
    expect(count('image')).toEqual([2, 0, 0])
  })

  it('collects the three photo captions in order', () => {
    expect(parsed.captions).toEqual([
      '投资489万元新建成的卡嘎镇便民服务中心和特色产品展销中心',
      '工作组在亚木乡小学项目现场调研。',
      '鲁藏百村幸福家园项目布玛村',
    ])
  })

  it.each([
    ['乡村振兴有效衔接', '推进全面脱贫与乡村振兴有效衔接。以“一村一品”方式'],
    ['医疗义诊活动', '开展医疗义诊活动,联合“组团式”援藏医疗队'],
    ['ACMP温拌改性沥青', '引资建设ACMP温拌改性沥青和智洋创新高海拔地区数字技术研发中心2个项目。'],
    ['按照市委市政府“六大赋能行动”', '三载春秋,按照市委市政府“六大赋能行动”、高质量发展'],
  ])('re-joins the paragraph split at %s', (_label, joined) => {
    expect(paragraphs.filter((p) => p.includes(joined))).toHaveLength(1)
  })

  it('places the captions inside a split after the re-joined paragraph', () => {
    const blocks = parsed.article.sections[0]?.blocks ?? []
    const at = blocks.findIndex((b) => b.type === 'paragraph' && b.text.includes('乡村振兴有效衔接'))
    expect(blocks.slice(at + 1, at + 4)).toEqual([
      { type: 'image', caption: '工作组在亚木乡小学项目现场调研。' },
      { type: 'image', caption: '鲁藏百村幸福家园项目布玛村' },
      expect.objectContaining({ type: 'paragraph', text: expect.stringMatching(/^另一方面/u) }),
    ])
  })

  it('leaves no fragment: every paragraph is a complete sentence run', () => {
    for (const p of paragraphs) expect(p).toMatch(/[。！？”…]$/u)
    for (const fragmentStart of ['兴有效衔接', '动,联合', '沥青和智洋', '“六大赋能行动”']) {
      expect(paragraphs.some((p) => p.startsWith(fragmentStart))).toBe(false)
    }
  })

  it('exposes the texts extractors search, in reading order', () => {
    const texts = articleTexts(parsed)
    expect(texts[0]).toBe(parsed.article.coverCaption)
    expect(texts[1]).toBe(parsed.article.lead)
    expect(texts).toHaveLength(2 + 17 + 2) // cover caption, lead, 17 paragraphs, 2 body captions
  })

  it('is indifferent to CRLF line endings and a BOM', () => {
    expect(parseColumnArticle(`\uFEFF${raw.replace(/\n/g, '\r\n')}`)).toEqual(parsed)
  })
})

describe('parseColumnArticle on unexpected text', () => {
  const lines = raw.split('\n')
  const cut = (predicate: (line: string) => boolean) => lines.filter((l) => !predicate(l)).join('\n')

  it.each([
    ['an empty text', ''],
    ['a truncated text', raw.slice(0, raw.indexOf('三年时间,工作组坚持项目带动'))],
    ['a text cut mid-paragraph', raw.slice(0, raw.indexOf('兴有效衔接'))],
    ['no 编者按', cut((l) => l === '编者按')],
    ['no tagline', cut((l) => l.startsWith('——'))],
    ['no byline', cut((l) => l.startsWith('大众日报淄博融媒体中心记者'))],
    ['no section headings', cut((l) => / /u.test(l) && l.length < 20)],
    ['the cover photo gap collapsed', raw.replace('\n\n\n\n投资489万元', '\n\n投资489万元')],
    [
      'a split paragraph never completed',
      raw.replace('沥青和智洋创新高海拔地区数字技术研发中心2个项目。', '沥青和智洋创新'),
    ],
  ])('throws on %s', (_label, text) => {
    expect(() => parseColumnArticle(text)).toThrow(/^parseColumnArticle: /u)
  })
})
