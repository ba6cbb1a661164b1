import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractDeclaredTotals } from '../../../src/seed/extractDeclaredTotals'
import { parseColumnArticle } from '../../../src/seed/parseColumnArticle'

const raw = readFileSync(new URL('../../../src/seed/column-article.txt', import.meta.url), 'utf8')

describe('extractDeclaredTotals', () => {
  it('reads the declared programme figures from the text', () => {
    expect(extractDeclaredTotals(parseColumnArticle(raw))).toEqual({
      projectCount: 47,
      investment: 13200,
      categories: [
        { category: '基础设施类', projectCount: 19, investment: 11600, sharePercent: 87.8 },
        { category: '民生类', projectCount: 39, investment: 12100, sharePercent: 91.6 },
      ],
      plan: { label: '“十四五”援藏规划', investment: 23400 },
      batches: [
        { label: '2020年基建类项目', years: '2020', category: '基础设施类', projectCount: 9, investment: 4199 },
        {
          label: '2021年、2022年基建类项目',
          years: '2021–2022',
          category: '基础设施类',
          projectCount: 10,
          investment: 7430,
        },
      ],
      aidPeriod: { start: '2019-07', end: '2022-07' },
      workGroupSize: 8,
    })
  })

  it('follows the text when a figure changes', () => {
    const changed = parseColumnArticle(raw.replace('对口支援项目47个,投资1.32亿元', '对口支援项目48个,投资1.4亿元'))
    expect(extractDeclaredTotals(changed)).toMatchObject({ projectCount: 48, investment: 14000 })
  })

  it('throws when a declared figure is missing or inconsistent', () => {
    expect(() =>
      extractDeclaredTotals(parseColumnArticle(raw.replace('制定“十四五”援藏规划', '制定援藏规划'))),
    ).toThrow(/十四五 plan/u)
    expect(() =>
      extractDeclaredTotals(parseColumnArticle(raw.replace('激励着8名援藏党员干部', '激励着9名援藏党员干部'))),
    ).toThrow(/different work group sizes/u)
  })
})
