import { describe, expect, it } from 'vitest'
import { buildArticleText } from '../../../src/review-checks'
import { findingsOf } from './helpers'

const check = (text: string) => findingsOf('paired-marks', text)

describe('paired-marks', () => {
  it.each([
    ['“输血式”“供氧型”援助向“造血式”“制氧型”援助的转变'],
    ['他说:“学习‘老西藏精神’。”'],
    ['《大众日报》（淄博版）【专栏】「一」『二』'],
    ['工作组(以下简称“工作组”)'],
    ['China’s aid'],
  ])('accepts balanced marks: %s', (text) => {
    expect(check(text)).toEqual([])
  })

  it.each([
    ['让家乡的“最红战旗在雪域昂仁高高飘扬。', '“', 4],
    ['让家乡的最红战旗”在雪域昂仁高高飘扬。', '”', 8],
    ['推介《大众日报”专栏。', '”', 7],
    ['《大众日报（淄博版》', '（', 5],
  ])('reports the unpaired mark in %s', (text, excerpt, offset) => {
    expect(check(text)).toMatchObject([{ severity: 'warning', excerpt, offset }])
  })

  it('pairs within a block, not across blocks', () => {
    const { text, parts } = buildArticleText([
      { kind: 'paragraph', text: '他说:“第一段。' },
      { kind: 'paragraph', text: '第二段。”' },
    ])
    const findings = findingsOf('paired-marks', text, { parts })
    expect(findings.map((f) => f.excerpt)).toEqual(['“', '”'])
    expect(findings.map((f) => f.part?.index)).toEqual([0, 1])
  })
})
