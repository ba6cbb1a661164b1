import { describe, expect, it } from 'vitest'
import { COLUMN, findingsOf } from './helpers'

const check = (text: string, projects: object[] = []) =>
  findingsOf('dates-are-valid', text, { column: COLUMN, projects: projects as never })

describe('dates-are-valid', () => {
  it.each([
    ['full dates', '2021年4月16日集中开工,当年11月12日已全部竣工验收。'],
    ['a month only', '从2019年7月至今,工作组坚持民生优先。'],
    ['a day range', '2021年4月16至18日举办培训。'],
    ['号 for 日', '2020年5月1号开工。'],
    ['a leap day', '2020年2月29日完成验收。'],
    ['a relative year', '今年7月,工作组即将圆满完成援藏任务。'],
    ['a year only, outside the period (history)', '1995年,淄博开始对口支援昂仁县。'],
    ['a duration in months', '项目历时12个月16天建成。'],
  ])('accepts %s', (_, text) => {
    expect(check(text)).toEqual([])
  })

  it('finds a day without 日 and suggests the full date', () => {
    expect(check('2021年4月16集中开工。')).toMatchObject([
      { severity: 'warning', excerpt: '2021年4月16', suggestion: '2021年4月16日' },
    ])
  })

  it.each([
    ['2021年2月30日验收。', '2021年2月30日'],
    ['2021年2月29日验收。', '2021年2月29日'],
    ['2021年4月31日验收。', '2021年4月31日'],
    ['2021年13月验收。', '2021年13月'],
  ])('finds the impossible date in %s', (text, excerpt) => {
    expect(check(text)).toMatchObject([{ severity: 'error', excerpt }])
  })

  it('finds completion before start in one sentence, with 当年 taking the year before it', () => {
    expect(check('2021年4月16日集中开工,当年3月12日已全部竣工验收。')).toMatchObject([
      { severity: 'error', excerpt: '3月12日' },
    ])
  })

  it('asks about a dated event outside the aid period', () => {
    expect(check('2023年3月5日项目竣工。')).toMatchObject([{ severity: 'warning', excerpt: '2023年3月5日' }])
    expect(check('2019年6月项目开工。')).toMatchObject([{ severity: 'warning', excerpt: '2019年6月' }])
  })

  it('checks the project records: completion before start, and outside the period', () => {
    const projects = [
      { id: 1, name: '县中学多媒体教学楼', startDate: '2021-04-16', completionDate: '2021-03-01' },
      { id: 2, name: '蔬菜大棚', startDate: '2018-05-01T00:00:00.000Z', completionDate: '2020-10-01' },
      { id: 3, name: '未提及的项目', startDate: '2020-04-01', completionDate: '2020-10-01' },
    ]
    const findings = check('投资1300万元新建县中学多媒体教学楼。建设蔬菜大棚。', projects)
    expect(findings).toMatchObject([
      { severity: 'error', excerpt: '县中学多媒体教学楼', record: { id: 1 } },
      { severity: 'warning', excerpt: '蔬菜大棚', record: { id: 2, value: '2018-05-01' } },
    ])
  })

  it('anchors a finding about an unmentioned record at the start with an empty excerpt', () => {
    const findings = check('正文。', [
      { id: 9, name: '别的项目', startDate: '2021-05-01', completionDate: '2021-01-01' },
    ])
    expect(findings).toMatchObject([{ offset: 0, length: 0, excerpt: '', record: { id: 9 } }])
    expect(findings[0]?.part).toBeUndefined()
  })
})
