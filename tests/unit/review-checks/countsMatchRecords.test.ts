import { describe, expect, it } from 'vitest'
import { findingsOf, RECORDS } from './helpers'

const check = (text: string) => findingsOf('counts-match-records', text, RECORDS)

describe('counts-match-records', () => {
  it.each([
    ['the declared total', '工作组谋划确定对口支援项目47个,投资1.32亿元。'],
    ['a declared category', '其中,基础设施类项目19个,总投资1.16亿元。'],
    ['a batch', '2020年,总投资4199万元的9个基建类项目实现当年开工。'],
    ['a project quantity', '投资1190万元新建亚木乡、日吾乡小学运动场4处。'],
    ['a quantity before the name', '投资400万元建设10个蔬菜大棚。'],
    ['patients of a programme', '先后组织3次中小学生先心病筛查,50名先心病患儿分5批次到淄博接受免费手术治疗。'],
    ['the work group', '8名援藏党员干部身披淄博援藏战旗。'],
  ])('agrees: %s', (_, text) => {
    expect(check(text)).toEqual([])
  })

  it.each([
    ['counts of things without a record', '资助292名贫困大学生,开展经贸交流活动11次,仅用11天办理完成手续。'],
    ['a distributive count', '每1名援藏干部都有挂包项目。'],
    ['an approximate count', '1000余人参加交流培训,捐赠衣物3000余件。'],
    ['a count with the right unit but no project named', '新建4处文化广场。'],
    ['a duration, not a count', '工程历时12个月全部完工。'],
    ['aid cadres over the years, not this group', '25年来,淄博累计选派120名援藏干部。'],
    ['a project count about something the column does not declare', '引资建设两个企业的2个项目。'],
  ])('does not compare %s', (_, text) => {
    expect(check(text)).toEqual([])
  })

  it.each([
    ['工作组谋划确定对口支援项目48个,投资1.32亿元。', '48个', 47, '对口支援项目总数与总投资'],
    ['其中,基础设施类项目18个,总投资1.16亿元。', '18个', 19, '基础设施类项目'],
    ['投资1190万元新建亚木乡、日吾乡小学运动场5处。', '5处', 4, '农区乡镇小学运动场'],
    ['9名援藏党员干部身披淄博援藏战旗。', '9名', 8, '援藏工作组人数'],
  ])('reports %s', (text, excerpt, value, name) => {
    expect(check(text)).toMatchObject([{ severity: 'error', excerpt, record: { name, value } }])
  })
})
