import { describe, expect, it } from 'vitest'
import { findingsOf } from './helpers'

const check = (text: string) => findingsOf('half-width-punctuation', text)

describe('half-width-punctuation', () => {
  it.each([
    ['援藏干部工作风采,弘扬淄博援藏精神', ',', '，'],
    ['占比87.8%;民生类项目39个', ';', '；'],
    ['记者:孙良栋', ':', '：'],
    ['来藏为什么?', '?', '？'],
    ['高高飘扬!', '!', '！'],
    ['工作组即将圆满完成任务.', '.', '。'],
    ['前置手续,2021年集中开工', ',', '，'],
    ['“工作组”,8名干部', ',', '，'],
  ])('finds the mark in %s', (text, excerpt, suggestion) => {
    expect(check(text)).toMatchObject([{ severity: 'warning', excerpt, suggestion }])
  })

  it('finds both ASCII parentheses around Chinese, and ASCII quotes', () => {
    expect(check('工作组(以下简称“工作组”)8名').map((f) => f.suggestion)).toEqual(['（', '）'])
    expect(check('所谓"淄博速度"就是').map((f) => f.suggestion)).toEqual(['“', '”'])
  })

  it.each([
    ['投资1.32亿元'],
    ['共1,000余人'],
    ['上午8:30开会'],
    ['由Payload, Inc.出品'],
    ['详见www.dzwww.com,或发邮件至news@example.com。'],
    ['Hello, world; ok: yes? no!'],
    ['全角标点，没有问题：对吗？'],
  ])('leaves %s alone', (text) => {
    expect(check(text)).toEqual([])
  })
})
