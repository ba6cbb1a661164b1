import { expect } from 'vitest'
import { checkArticle, type CheckInput, type Finding, type RuleId } from '../../../src/review-checks'

/** Findings of one rule for a text, with the offset invariant checked on every call. */
export function findingsOf(rule: RuleId, text: string, input: Omit<Partial<CheckInput>, 'text'> = {}): Finding[] {
  const findings = checkArticle({ ...input, text }, { only: [rule] })
  expectValidOffsets(text, findings)
  return findings
}

export function expectValidOffsets(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.length).toBe(f.excerpt.length)
    expect(text.slice(f.offset, f.offset + f.length)).toBe(f.excerpt)
  }
  const offsets = findings.map((f) => f.offset)
  expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
}

/** Invented records in the shape of the column's, for the figure rules. */
export const PROJECTS = [
  { id: 1, name: '县中学多媒体教学楼', investment: 1300 },
  {
    id: 2,
    name: '农区乡镇小学运动场',
    investment: 1190,
    township: ['亚木乡', '日吾乡'],
    quantity: 4,
    quantityUnit: '处',
  },
  {
    id: 3,
    name: '鲁藏百村幸福家园',
    investment: 1640,
    township: ['卡嘎镇', '秋窝乡'],
    village: ['布玛村', '森格岗村'],
  },
  { id: 4, name: '蔬菜大棚', investment: 400, quantity: 10, quantityUnit: '个' },
  { id: 5, name: '特色产业引导资金', investment: null },
  { id: 6, name: '卡嘎镇便民服务中心和特色产品展销中心', investment: 489, township: ['卡嘎镇'] },
  { id: 7, name: '中小学生先心病筛查与免费手术救治', quantity: 50, quantityUnit: '名' },
  { id: 8, name: '昂仁县金满地大酒店', investment: 13234 },
]

export const COLUMN = {
  workGroupSize: 8,
  aidPeriod: { start: '2019-07-01', end: '2022-07-01' },
  declared: {
    projectCount: 47,
    investment: 13200,
    categories: [
      { category: 'infrastructure', projectCount: 19, investment: 11600, sharePercent: 87.8 },
      { category: 'livelihood', projectCount: 39, investment: 12100, sharePercent: 91.6 },
    ],
    batches: [
      { label: '2020年基建类项目', years: '2020', category: 'infrastructure', projectCount: 9, investment: 4199 },
      {
        label: '2021年、2022年基建类项目',
        years: '2021–2022',
        category: 'infrastructure',
        projectCount: 10,
        investment: 7430,
      },
    ],
    plans: [{ label: '“十四五”援藏规划', investment: 23400 }],
  },
}

export const RECORDS = { projects: PROJECTS, column: COLUMN }
