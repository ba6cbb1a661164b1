import { describe, expect, it } from 'vitest'
import { findingsOf } from './helpers'

const check = (text: string) => findingsOf('full-width-digits', text)

describe('full-width-digits', () => {
  it.each([
    ['从２０１９年７月至今', ['２０１９', '７'], ['2019', '7']],
    ['占比８７．８%', ['８７．８'], ['87.8']],
    ['引资建设ＡＣＭＰ项目', ['ＡＣＭＰ'], ['ACMP']],
  ])('finds the full-width runs in %s', (text, excerpts, suggestions) => {
    const findings = check(text)
    expect(findings.map((f) => f.excerpt)).toEqual(excerpts)
    expect(findings.map((f) => f.suggestion)).toEqual(suggestions)
  })

  it.each([['从2019年7月至今,占比87.8%'], ['全角标点，。：不算'], ['一二三四']])('leaves %s alone', (text) => {
    expect(check(text)).toEqual([])
  })
})
