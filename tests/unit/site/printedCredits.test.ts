import { describe, expect, it } from 'vitest'

import {
  creditLines,
  formatPrintedCredits,
  MAX_CREDITS,
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
  printedCreditsOf,
} from '@/site/printedCredits'

const DEFAULT_CHAIN = [
  { label: '责任编辑', name: '张华' },
  { label: '签发', name: '陈静' },
]

describe('printedCreditsOf: the stored JSON, checked', () => {
  it('keeps well-formed credits in their order', () => {
    expect(printedCreditsOf(DEFAULT_CHAIN)).toEqual(DEFAULT_CHAIN)
  })

  // Stories published before 三审 have none; a damaged field is no credit either.
  it.each([null, undefined, '', '责任编辑：张华', 7, true, {}, { label: '签发', name: '陈静' }, []])(
    'nothing for %j',
    (stored) => {
      expect(printedCreditsOf(stored)).toEqual([])
    },
  )

  it.each([
    ['null', null],
    ['a string', '张华'],
    ['an array', ['责任编辑', '张华']],
    ['no label', { name: '张华' }],
    ['no name', { label: '责任编辑' }],
    ['an empty label', { label: '', name: '张华' }],
    ['a blank name', { label: '责任编辑', name: ' \u3000\n' }],
    ['a number for a name', { label: '责任编辑', name: 42 }],
    ['an object for a label', { label: { zh: '责任编辑' }, name: '张华' }],
    ['a label of colons only', { label: '：', name: '张华' }],
    ['an over-long label', { label: '责'.repeat(MAX_LABEL_LENGTH + 1), name: '张华' }],
    ['an over-long name', { label: '责任编辑', name: '张'.repeat(MAX_NAME_LENGTH + 1) }],
  ])('skips an entry with %s, keeps the others', (_, entry) => {
    expect(printedCreditsOf([DEFAULT_CHAIN[0], entry, DEFAULT_CHAIN[1]])).toEqual(DEFAULT_CHAIN)
  })

  it('keeps names at the limits, counted in characters (not UTF-16 units)', () => {
    const longName = '𠀋'.repeat(MAX_NAME_LENGTH)
    const longLabel = '责'.repeat(MAX_LABEL_LENGTH)
    expect(printedCreditsOf([{ label: longLabel, name: longName }])).toEqual([{ label: longLabel, name: longName }])
  })

  it('tidies what would break the line: blanks, control characters, a trailing colon in the label', () => {
    expect(
      printedCreditsOf([
        { label: ' 责任编辑： ', name: '  张\n华 ' },
        { label: '签发:', name: '陈\u0000静\u2028' },
        { label: '审核', name: '阿沛·阿旺晋美', extra: 'ignored' },
      ]),
    ).toEqual([
      { label: '责任编辑', name: '张 华' },
      { label: '签发', name: '陈 静' },
      { label: '审核', name: '阿沛·阿旺晋美' },
    ])
  })

  it('drops exact repeats and stops at MAX_CREDITS', () => {
    expect(printedCreditsOf([DEFAULT_CHAIN[0], DEFAULT_CHAIN[0], DEFAULT_CHAIN[1]])).toEqual(DEFAULT_CHAIN)
    const many = Array.from({ length: MAX_CREDITS + 5 }, (_, i) => ({ label: '审核', name: `编辑${i}` }))
    expect(printedCreditsOf(many)).toHaveLength(MAX_CREDITS)
    expect(printedCreditsOf(many)[0]).toEqual({ label: '审核', name: '编辑0' })
  })
})

describe('creditLines and formatPrintedCredits: as the newspaper prints them', () => {
  it.each([
    [DEFAULT_CHAIN, ['责任编辑：张华', '签发：陈静'], '责任编辑：张华\u3000签发：陈静'],
    [[{ label: '签发', name: '陈静' }], ['签发：陈静'], '签发：陈静'],
    [
      [
        { label: '责任编辑', name: '张华' },
        { label: '审核', name: '李明' },
        { label: '审核', name: '王芳' },
        { label: '签发', name: '陈静' },
      ],
      ['责任编辑：张华', '审核：李明、王芳', '签发：陈静'],
      '责任编辑：张华\u3000审核：李明、王芳\u3000签发：陈静',
    ],
    [[], [], ''],
  ])('%j', (credits, lines, text) => {
    expect(creditLines(credits)).toEqual(lines)
    expect(formatPrintedCredits(credits)).toBe(text)
  })

  it('what a damaged field yields prints nothing', () => {
    expect(formatPrintedCredits(printedCreditsOf([{ label: 1, name: 2 }, 'x']))).toBe('')
  })
})
