import { describe, expect, it } from 'vitest'
import { findingsOf, RECORDS } from './helpers'

const check = (text: string) => findingsOf('shares-add-up', text, RECORDS)
const TOTAL = '工作组谋划确定对口支援项目47个,投资1.32亿元。其中,'

describe('shares-add-up', () => {
  it.each([
    // 1.16 ÷ 1.32 = 87.88%; within the precision of the two figures 87.8% is right.
    [
      'the column article',
      `${TOTAL}基础设施类项目19个,总投资1.16亿元,占比87.8%;民生类项目39个,总投资1.21亿元,占比91.6%。`,
    ],
    ['a share of a whole in 万元', '全年投资1000万元,其中教育投入250万元,占25%。'],
    ['a share without figures to compute it from', '群众满意度占比98.5%。'],
  ])('agrees: %s', (_, text) => {
    expect(check(text)).toEqual([])
  })

  it('reports a share that does not follow from the figures, with the computed one', () => {
    const findings = findingsOf('shares-add-up', '全年投资1000万元,其中教育投入250万元,占35%。')
    expect(findings).toMatchObject([{ severity: 'error', excerpt: '35%', suggestion: '25%' }])
    expect(findings[0]?.message).toContain('250万元÷1000万元')
  })

  it('reports a share the figures allow but the column declares differently', () => {
    // 1.16/1.32 allows 87.2%–88.6%; the column declares 87.8% for 基础设施类.
    expect(check(`${TOTAL}基础设施类项目19个,总投资1.16亿元,占比88.0%。`)).toMatchObject([
      { severity: 'error', excerpt: '88.0%', suggestion: '87.8%', record: { name: '基础设施类项目', value: 87.8 } },
    ])
  })

  it('reports a share computed from the wrong figures', () => {
    expect(check(`${TOTAL}基础设施类项目19个,总投资1.16亿元,占比78.8%。`)).toMatchObject([
      { severity: 'error', excerpt: '78.8%', suggestion: '87.9%' },
    ])
  })

  it('reports a share over 100%', () => {
    expect(check('完成率占比120%。')).toMatchObject([{ severity: 'error', excerpt: '120%' }])
  })
})
