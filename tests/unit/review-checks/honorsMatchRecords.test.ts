import { describe, expect, it } from 'vitest'
import { findingsOf } from './helpers'

const honors = [
  { id: 1, title: '西藏自治区脱贫攻坚先进集体', awardedBy: '西藏自治区' },
  { id: 2, title: '民族团结进步模范集体', awardedBy: '日喀则市' },
  { id: 3, title: '项目推进先进集体', awardedBy: '山东援藏' },
]
const check = (text: string) => findingsOf('honors-match-records', text, { honors })

describe('honors-match-records', () => {
  it('accepts recorded titles, and quotes outside an award sentence', () => {
    expect(check('工作组先后荣获“西藏自治区脱贫攻坚先进集体”、日喀则市“民族团结进步模范集体”等称号。')).toEqual([])
    expect(check('怀揣“激情援藏、真情援藏”工作理念。')).toEqual([])
  })

  it('reports a title close to a recorded one as an error with the recorded title', () => {
    expect(check('工作组荣获日喀则市“民族团结模范集体”称号。')).toMatchObject([
      { severity: 'error', excerpt: '民族团结模范集体', suggestion: '民族团结进步模范集体', record: { id: 2 } },
    ])
  })

  it('reports a title with no record as info', () => {
    expect(check('工作组荣获“全国三八红旗集体”称号。')).toMatchObject([
      { severity: 'info', excerpt: '全国三八红旗集体' },
    ])
  })

  it('says nothing when no honours are recorded', () => {
    expect(findingsOf('honors-match-records', '工作组荣获“全国三八红旗集体”称号。')).toEqual([])
  })
})
