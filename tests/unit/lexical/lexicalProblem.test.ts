import { describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../../src/lexical/buildDocument'
import { lexicalProblem, MAX_LEXICAL_NESTING } from '../../../src/lexical/lexicalProblem'

const text = (t: string) => ({ type: 'text', text: t, version: 1 })
const root = (...children: unknown[]) => ({ root: { type: 'root', children } })
const link = (url: string, linkType = 'custom') => ({ type: 'link', fields: { url, linkType }, children: [text('x')] })
const nested = (levels: number) => {
  let node: Record<string, unknown> = text('x')
  for (let i = 0; i < levels; i++) node = { type: 'listitem', children: [node] }
  return root(node)
}

describe('lexicalProblem', () => {
  it.each([
    ['nothing', null],
    [
      'a document the project builds',
      buildLexicalDocument([
        { type: 'heading', text: '标题' },
        { type: 'paragraph', text: '正文' },
      ]),
    ],
    [
      'web, mail, phone and local links',
      root({
        type: 'paragraph',
        children: ['https://a.example', 'mailto:a@b.c', 'tel:123', '/projects', '#top'].map((u) => link(u)),
      }),
    ],
    [
      'an internal link',
      root({
        type: 'paragraph',
        children: [{ type: 'link', fields: { linkType: 'internal', doc: { value: 1 } }, children: [] }],
      }),
    ],
    ['nesting at the limit', nested(MAX_LEXICAL_NESTING - 1)],
  ])('accepts %s', (_name, value) => {
    expect(lexicalProblem(value)).toBeNull()
  })

  it.each([
    ['a string', 'text', /no root/],
    ['a wrong root', { root: { type: 'paragraph', children: [] } }, /no root/],
    ['children that are not a list', { root: { type: 'root', children: 'x' } }, /not a list/],
    ['a null node', root(null), /not an object/],
    ['an unknown node', root({ type: 'script' }), /unknown node type "script"/],
    ['a text node without text', root({ type: 'paragraph', children: [{ type: 'text' }] }), /without text/],
    ['a javascript: link', root(link('javascript:alert(1)')), /link/],
    ['a javascript: link hidden by a tab', root(link('java\tscript:alert(1)')), /link/],
    ['a data: link', root(link('data:text/html,x')), /link/],
    ['an autolink without a URL', root({ type: 'autolink', fields: {}, children: [] }), /link/],
    ['nesting past the limit', nested(MAX_LEXICAL_NESTING + 1), /nested/],
    ['10,000 levels', nested(10_000), /nested/],
  ])('refuses %s', (_name, value, message) => {
    expect(lexicalProblem(value)).toMatch(message)
  })
})
