import { describe, expect, it } from 'vitest'

import { richTextTargets, withoutHiddenReferences } from '../../../src/visibility/richTextReferences'
import type { Target } from '../../../src/visibility/targets'

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const internalLink = (collection: string, value: unknown, label: string) => ({
  type: 'link',
  version: 3,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo: collection, value } },
  children: [text(label)],
})
const customLink = (url: string, label: string) => ({
  type: 'link',
  version: 3,
  fields: { linkType: 'custom', url },
  children: [text(label)],
})
const relationship = (collection: string, value: unknown) => ({ type: 'relationship', relationTo: collection, value })
const upload = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })
const doc = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

/** Article 7 and project 4 are unpublished. */
const isVisible = ({ collection, id }: Target) =>
  !(collection === 'articles' && id === 7) && !(collection === 'projects' && id === 4)

describe('richTextTargets', () => {
  it('finds internal links, relationship and upload nodes, stored or populated', () => {
    const document = doc(
      paragraph(text('见'), internalLink('articles', 7, '另一篇'), customLink('https://example.com', '外链')),
      relationship('projects', { id: 4, name: '项目' }),
      upload(9),
    )
    expect(richTextTargets(document)).toEqual([
      { collection: 'articles', id: 7 },
      { collection: 'projects', id: 4 },
      { collection: 'media', id: 9 },
    ])
  })

  it.each([null, 'text', {}, { root: null }, { root: { children: 'x' } }])('finds nothing in %j', (value) => {
    expect(richTextTargets(value)).toEqual([])
  })
})

describe('withoutHiddenReferences', () => {
  it('turns a link to a hidden document into its text, keeping the words around it', () => {
    const document = doc(paragraph(text('详见'), internalLink('articles', 7, '另一篇报道'), text('。')))
    expect(withoutHiddenReferences(document, isVisible)).toEqual(
      doc(paragraph(text('详见'), text('另一篇报道'), text('。'))),
    )
  })

  it('leaves out relationship nodes showing hidden documents, and the id with them', () => {
    const document = doc(paragraph(text('甲')), relationship('projects', 4), relationship('projects', 5))
    const shown = withoutHiddenReferences(document, isVisible)
    expect(shown).toEqual(doc(paragraph(text('甲')), relationship('projects', 5)))
    expect(JSON.stringify(shown)).not.toContain('"value":4')
  })

  it('keeps links to visible documents, custom links and images as they are', () => {
    const document = doc(
      paragraph(internalLink('articles', 8, '已发布'), customLink('https://example.com', '外链')),
      upload(9),
    )
    expect(withoutHiddenReferences(document, isVisible)).toEqual(document)
  })

  it('finds a hidden link inside a list item', () => {
    const document = doc({
      type: 'list',
      children: [{ type: 'listitem', children: [internalLink('articles', { id: 7, title: '草稿标题' }, '条目')] }],
    })
    const shown = JSON.stringify(withoutHiddenReferences(document, isVisible))
    expect(shown).not.toContain('草稿标题')
    expect(shown).toContain('条目')
  })

  it('does not change the stored document', () => {
    const document = doc(paragraph(internalLink('articles', 7, '另一篇')))
    const before = JSON.stringify(document)
    withoutHiddenReferences(document, isVisible)
    expect(JSON.stringify(document)).toBe(before)
  })

  it('answers nothing deeper than real documents go, so a hidden link cannot hide down there', () => {
    let node: unknown = internalLink('articles', 7, '深处')
    for (let i = 0; i < 100; i++) node = { type: 'paragraph', children: [node] }
    const shown = JSON.stringify(withoutHiddenReferences(doc(node), isVisible))
    expect(shown).not.toContain('"value":7')
    expect(shown).not.toContain('深处')
  })
})
