import { describe, expect, it } from 'vitest'
import { findingsOf, RECORDS } from './helpers'

const check = (text: string) => findingsOf('amounts-match-records', text, RECORDS)

describe('amounts-match-records: figures that agree', () => {
  it.each([
    ['the name after the figure', '工作组引入投资1300万元新建县中学多媒体教学楼。'],
    ['the name before the figure', '县中学多媒体教学楼总投资1300万元。'],
    ['two projects in one clause', '投资1300万元新建县中学多媒体教学楼,投资1190万元新建亚木乡、日吾乡小学运动场4处。'],
    ['a village names the project', '投资1640万元对卡嘎镇布玛村和秋窝乡森格岗村进行全面提升改造,改造蔬菜大棚。'],
    ['the project named in the sentence before', '实施“鲁藏百村幸福家园”建设项目。投资1640万元进行全面提升改造。'],
    ['the caption style', '投资489万元新建成的卡嘎镇便民服务中心和特色产品展销中心'],
    ['亿元 within the precision the text uses', '投资1.32亿元的昂仁县金满地大酒店项目。'],
    ['Chinese numerals', '投资一千三百万元新建县中学多媒体教学楼。'],
    ['a range containing the record', '投资1000至1500万元新建县中学多媒体教学楼。'],
    ['approximate with 余', '投资1300余万元新建县中学多媒体教学楼。'],
    ['the declared total', '工作组谋划确定对口支援项目47个,投资1.32亿元。'],
    ['a declared category', '其中,基础设施类项目19个,总投资1.16亿元,占比87.8%。'],
    ['a declared batch with its year', '2020年,工作组全力克服困难,总投资4199万元的9个基建类项目实现当年建成。'],
    ['the second batch', '2021年、2022年策划投资7430万元的10个基建类项目,仅用11天办理完成前置手续。'],
    ['a declared plan', '制定“十四五”援藏规划,总投资达2.34亿元。'],
  ])('%s: %s', (_, text) => {
    expect(check(text)).toEqual([])
  })

  it('does not compare amounts that are not investments (incomes, prices)', () => {
    expect(check('县中学多媒体教学楼建成后,教师人均月收入增加2000元。')).toEqual([])
  })
})

describe('amounts-match-records: figures that disagree', () => {
  it('reports a mismatch as an error naming the record and its value', () => {
    const [finding, ...rest] = check('工作组引入投资1500万元新建县中学多媒体教学楼。')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      rule: 'amounts-match-records',
      severity: 'error',
      excerpt: '1500万元',
      suggestion: '1300万元',
      record: { collection: 'projects', id: 1, name: '县中学多媒体教学楼', value: 1300 },
    })
    expect(finding?.message).toContain('县中学多媒体教学楼')
    expect(finding?.message).toContain('1300万元')
  })

  it('minds the precision: 1.32亿元 is not 13,500万元, and the suggestion keeps the style', () => {
    const findings = findingsOf('amounts-match-records', '投资1.32亿元的昂仁县金满地大酒店项目。', {
      projects: [{ id: 8, name: '昂仁县金满地大酒店', investment: 13500 }],
    })
    expect(findings).toMatchObject([{ severity: 'error', excerpt: '1.32亿元', suggestion: '1.35亿元' }])
  })

  it.each([
    ['the declared total', '工作组谋划确定对口支援项目47个,投资1.42亿元。', '1.42亿元', '对口支援项目总数与总投资'],
    ['a declared category', '其中,基础设施类项目19个,总投资1.26亿元,占比87.8%。', '1.26亿元', '基础设施类项目'],
    ['a declared batch', '2020年,总投资4299万元的9个基建类项目实现当年建成。', '4299万元', '2020年基建类项目'],
    [
      'a village',
      '投资1650万元对卡嘎镇布玛村和秋窝乡森格岗村进行全面提升改造,改造蔬菜大棚。',
      '1650万元',
      '鲁藏百村幸福家园',
    ],
  ])('finds a wrong figure about %s', (_, text, excerpt, name) => {
    expect(check(text)).toMatchObject([{ severity: 'error', excerpt, record: { name } }])
  })

  it('a figure nothing is recorded for is info', () => {
    expect(check('教育医疗公益捐赠以及专项援助资金共计600余万元。')).toMatchObject([
      { severity: 'info', excerpt: '600余万元' },
    ])
  })

  it('a township alone is too weak to call a mismatch an error', () => {
    expect(check('投资2000万元在卡嘎镇建设养殖基地。')).toMatchObject([{ severity: 'info' }])
  })

  it('a record without an investment asks for it to be completed', () => {
    expect(check('设立特色产业引导资金,投入500万元。')).toMatchObject([
      { severity: 'info', record: { name: '特色产业引导资金' } },
    ])
  })
})
