import { describe, expect, it } from 'vitest'
import { buildArticleText, checkArticle, partAt, partsFromLines, rules } from '../../../src/review-checks'

describe('buildArticleText / partAt', () => {
  const built = buildArticleText([
    { kind: 'kicker', text: '引题' },
    { kind: 'title', text: '主标题' },
    { kind: 'paragraph', text: '正文第一段。' },
  ])

  it('joins blocks with a line break and remembers where each one is', () => {
    expect(built.text).toBe('引题\n主标题\n正文第一段。')
    for (const part of built.parts) expect(built.text.slice(part.start, part.end)).not.toContain('\n')
    expect(built.parts.map((p) => [p.kind, p.index, p.start, p.end])).toEqual([
      ['kicker', 0, 0, 2],
      ['title', 1, 3, 6],
      ['paragraph', 2, 7, 13],
    ])
  })

  it('finds the block of an offset', () => {
    expect(partAt(built.parts, 0)?.kind).toBe('kicker')
    expect(partAt(built.parts, 4)?.kind).toBe('title')
    expect(partAt(built.parts, 12)?.kind).toBe('paragraph')
    expect(partAt(built.parts, 99)).toBeUndefined()
  })

  it('takes every line as a paragraph when no parts are given', () => {
    expect(partsFromLines('一\n二三')).toEqual([
      { kind: 'paragraph', index: 0, start: 0, end: 1 },
      { kind: 'paragraph', index: 1, start: 2, end: 4 },
    ])
  })
})

describe('checkArticle and the rule registry', () => {
  it('has unique ids and Chinese names', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
    for (const rule of rules) expect(rule.name).toMatch(/\p{Script=Han}/u)
  })

  it('returns findings of all rules sorted by offset, each with its block', () => {
    const { text, parts } = buildArticleText([
      { kind: 'title', text: '標题' },
      { kind: 'paragraph', text: '工作组,在2021年2月30日完成了了任务。' },
    ])
    const findings = checkArticle({ text, parts })
    expect(findings.map((f) => [f.rule, f.excerpt, f.part?.index])).toEqual([
      ['traditional-characters', '標', 0],
      ['half-width-punctuation', ',', 1],
      ['dates-are-valid', '2021年2月30日', 1],
      ['repeated-words', '了了', 1],
    ])
  })

  it('runs only the rules asked for, and works without records', () => {
    expect(checkArticle({ text: '工作组,投资1.32亿元' }, { only: ['traditional-characters'] })).toEqual([])
    expect(checkArticle({ text: '' })).toEqual([])
  })
})
