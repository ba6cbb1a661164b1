import { describe, expect, it } from 'vitest'
import { findingsOf } from './helpers'

const none = (text: string) => findingsOf('latin-spacing', text)
const space = (text: string) => findingsOf('latin-spacing', text, { settings: { latinSpacing: 'space' } })

describe("latin-spacing, house style 'none' (the default)", () => {
  it.each([
    ['从 2019年7月至今', ' '],
    ['投资489 万元', ' '],
    ['引资建设 ACMP温拌改性沥青', ' '],
    ['全角空格\u30002020年', '\u3000'],
  ])('finds the space in %s', (text, excerpt) => {
    expect(none(text)).toMatchObject([{ severity: 'warning', excerpt, suggestion: '' }])
  })

  it.each([
    ['从2019年7月至今,投资489万元'],
    ['引资建设ACMP温拌改性沥青'],
    ['夯基助产 高质量发展昂仁经济'],
    ['记者 孙良栋'],
  ])('leaves %s alone', (text) => {
    expect(none(text)).toEqual([])
  })
})

describe("latin-spacing, house style 'space'", () => {
  it('finds a Latin word glued to Chinese, on either side', () => {
    expect(space('引资建设ACMP温拌改性沥青')).toMatchObject([{ excerpt: '设ACMP温', suggestion: '设 ACMP 温' }])
    expect(space('推进5G网络')).toMatchObject([{ excerpt: '进5G网', suggestion: '进 5G 网' }])
  })

  it.each([['引资建设 ACMP 温拌改性沥青'], ['从2019年7月至今,投资489万元'], ['Hello world']])(
    'leaves %s alone',
    (text) => {
      expect(space(text)).toEqual([])
    },
  )
})
