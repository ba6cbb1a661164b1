import { describe, expect, it } from 'vitest'
import { buildArticleText, type ArticlePartInput, type PartKind } from '../../../src/review-checks'
import { findingsOf } from './helpers'

const check = (blocks: ArticlePartInput[]) => {
  const { text, parts } = buildArticleText(blocks)
  return findingsOf('broken-lines', text, { parts })
}
const p = (text: string): ArticlePartInput => ({ kind: 'paragraph', text })
const b = (kind: PartKind, text: string): ArticlePartInput => ({ kind, text })

describe('broken-lines', () => {
  it('finds a paragraph broken mid-word, across a photo caption', () => {
    const findings = check([
      p('一方面,工作组通过壮大产业规模,推进全面脱贫与乡村振'),
      b('caption', '工作组在亚木乡小学项目现场调研。'),
      p('兴有效衔接。以“一村一品”方式培植特色产业。'),
    ])
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        excerpt: '全面脱贫与乡村振',
        suggestion: '全面脱贫与乡村振兴有效衔接。以“',
        part: { index: 0 },
      },
    ])
  })

  it('finds a paragraph that stops without punctuation before a heading', () => {
    expect(
      check([p('三年来,工作组坚持民生优先,一直在努力提升'), b('heading', '民生优先 建设美丽幸福昂仁')]),
    ).toMatchObject([{ severity: 'warning', excerpt: '坚持民生优先,一直在努力提升'.slice(-8) }])
  })

  it('finds a soft line break inside a sentence', () => {
    expect(check([p('开展医疗义诊活\n动,联合援藏医疗队。')])).toMatchObject([{ excerpt: '活\n动', suggestion: '活动' }])
  })

  it.each([
    [
      [
        b('kicker', '让家乡的“最红战旗”在雪域昂仁高高飘扬'),
        b('title', '淄博市第九批援藏工作组创造昂仁品质打响淄博品牌'),
        p('导语。'),
      ],
    ],
    [[b('heading', '夯基助产 高质量发展昂仁经济'), p('三年时间,工作组坚持项目带动。')]],
    [[b('caption', '鲁藏百村幸福家园项目布玛村'), p('正文。')]],
    [[p('深化拓展医疗援藏内涵'), p('工作组持续推进农区乡镇卫生院标准化建设。')]],
    [[p('主要做法如下:'), p('一是抓项目。')]],
    [[p('他说:“我们一定完成任务。”'), p('下一段。')]],
  ] as [ArticlePartInput[]][])('leaves complete or heading-like blocks alone (%#)', (blocks) => {
    expect(check(blocks)).toEqual([])
  })
})
