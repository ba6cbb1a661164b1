import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractHonors } from '../../../src/seed/extractHonors'
import { parseColumnArticle } from '../../../src/seed/parseColumnArticle'

const raw = readFileSync(new URL('../../../src/seed/column-article.txt', import.meta.url), 'utf8')

describe('extractHonors', () => {
  it('reads the eight honours with their levels and awarding bodies', () => {
    expect(extractHonors(parseColumnArticle(raw))).toEqual([
      { title: '西藏自治区脱贫攻坚先进集体', level: '自治区级', awardedBy: '西藏自治区' },
      { title: '民族团结进步模范集体', level: '地市级', awardedBy: '日喀则市' },
      { title: '项目推进先进集体', level: '省级援藏系统', awardedBy: '山东援藏' },
      { title: '健康惠民先进集体', level: '省级援藏系统', awardedBy: '山东援藏' },
      { title: '宣传工作先进集体', level: '省级援藏系统', awardedBy: '山东援藏' },
      { title: '民族团结模范先进集体', level: '县级', awardedBy: '昂仁县' },
      { title: '先进基层党组织', level: '县级', awardedBy: '昂仁县' },
      { title: '服务昂仁经济社会高质量发展先进集体', level: '县级', awardedBy: '昂仁县' },
    ])
  })

  it('throws on an awarding body it has no level for', () => {
    const changed = parseColumnArticle(raw.replace('日喀则市“民族团结进步模范集体”', '拉萨市“民族团结进步模范集体”'))
    expect(() => extractHonors(changed)).toThrow(/unknown awarding body "拉萨市"/u)
  })

  it('throws when the honours sentence is gone', () => {
    const changed = parseColumnArticle(raw.replace('等称号', '等荣誉'))
    expect(() => extractHonors(changed)).toThrow(/荣获…等称号/u)
  })
})
