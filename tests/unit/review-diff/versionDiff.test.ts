import type { Field } from 'payload'
import { describe, expect, expectTypeOf, it } from 'vitest'

import { bylinesField } from '@/fields/bylines'
import { toSlug } from '@/fields/slug/toSlug'
import { buildLexicalDocument } from '@/lexical/buildDocument'
import { contentFieldsOf, diffVersions, newerTextOf, olderTextOf, type FieldChange } from '@/review-diff'

import { PARAGRAPHS } from './fixtures'

/** The article's fields as its collection config declares them (structurally). */
const FIELDS = contentFieldsOf(
  [
    { name: 'kicker', type: 'text', label: { zh: '引题', en: 'Kicker' } },
    { name: 'title', type: 'text', label: { zh: '主标题', en: 'Title' } },
    { name: 'lead', type: 'textarea', label: { zh: '导语/摘要', en: 'Lead' } },
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
    { name: 'bodyImages', type: 'upload', admin: { hidden: true } },
    { name: 'coverImage', type: 'upload', label: { zh: '题图', en: 'Cover image' } },
    bylinesField,
    {
      name: 'topics',
      type: 'select',
      options: [{ value: 'infrastructure', label: { zh: '基础设施', en: 'Infrastructure' } }],
      label: { zh: '报道领域', en: 'Topics' },
    },
    { name: 'relatedProjects', type: 'relationship', label: { zh: '相关项目', en: 'Related projects' } },
    { name: 'publishedAt', type: 'date', label: { zh: '发布时间', en: 'Published at' } },
    { name: 'workflowStatus', type: 'select', options: ['draft', 'review'] },
    { type: 'ui', name: 'preview' },
    { name: 'slug', type: 'text', label: { zh: '网址别名', en: 'Slug' } },
  ],
  { slugFrom: 'title' },
)

const body = (...paragraphs: string[]) =>
  buildLexicalDocument(paragraphs.map((text) => ({ type: 'paragraph' as const, text })))

const version = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 7,
  title: '让家乡的“最红战旗”在雪域昂仁高高飘扬',
  kicker: '穿越喜马拉雅的守望',
  lead: PARAGRAPHS[8],
  body: body(PARAGRAPHS[9], PARAGRAPHS[10], PARAGRAPHS[11]),
  bylines: [{ id: '65a1', role: 'reporter', name: '孙良栋' }],
  topics: ['infrastructure'],
  relatedProjects: [3, 5],
  coverImage: 12,
  publishedAt: '2022-06-01T00:00:00.000Z',
  slug: toSlug('让家乡的“最红战旗”在雪域昂仁高高飘扬'),
  workflowStatus: 'draft',
  updatedAt: '2026-12-01T08:00:00.000Z',
  ...overrides,
})

const names = (changes: FieldChange[]) => changes.map((change) => change.name)

const segmentsOf = (change: FieldChange | undefined) => {
  if (!change || !('segments' in change)) throw new Error('not a text change')
  return change.segments
}

describe('contentFieldsOf', () => {
  it("takes a collection's Payload field config as it is", () => {
    expectTypeOf<readonly Field[]>().toExtend<Parameters<typeof contentFieldsOf>[0]>()
  })

  it('reads the config in order, leaving out hidden and ui fields', () => {
    expect(FIELDS.map((field) => [field.name, field.kind])).toEqual([
      ['kicker', 'text'],
      ['title', 'text'],
      ['lead', 'text'],
      ['body', 'richText'],
      ['coverImage', 'relationship'],
      ['bylines', 'value'],
      ['topics', 'value'],
      ['relatedProjects', 'relationship'],
      ['publishedAt', 'value'],
      ['workflowStatus', 'value'],
      ['slug', 'text'],
    ])
    expect(FIELDS.find((field) => field.name === 'bylines')?.rowFields?.map((field) => field.name)).toEqual([
      'role',
      'name',
    ])
  })
})

describe('diffVersions', () => {
  it('finds nothing between identical versions', () => {
    expect(diffVersions(version(), version(), FIELDS)).toEqual([])
  })

  it('never counts workflow bookkeeping', () => {
    const newer = version({ workflowStatus: 'review', updatedAt: '2026-12-02T08:00:00.000Z', id: 8 })
    expect(diffVersions(version(), newer, FIELDS)).toEqual([])
  })

  it('shows a changed title inline, with its label', () => {
    const changes = diffVersions(version(), version({ title: '让家乡的“最红战旗”在雪域高原高高飘扬' }), FIELDS)
    expect(names(changes)).toEqual(['title'])
    expect(changes[0].label).toEqual({ zh: '主标题', en: 'Title' })
    const segments = segmentsOf(changes[0])
    expect(olderTextOf(segments)).toBe('让家乡的“最红战旗”在雪域昂仁高高飘扬')
    expect(newerTextOf(segments)).toBe('让家乡的“最红战旗”在雪域高原高高飘扬')
    expect(
      segments
        .filter((segment) => segment.op !== 'same')
        .map((segment) => segment.text)
        .join(''),
    ).toMatch(/^(昂仁|高原)+$/)
  })

  it('does not count a generated slug that follows its title', () => {
    const newer = version({ title: '雪域高原', slug: 'xue-yu-gao-yuan-2' })
    expect(names(diffVersions(version(), newer, FIELDS))).toEqual(['title'])
    // A slug set by hand is an address change a reviewer should see.
    expect(names(diffVersions(version(), version({ slug: 'zuihong' }), FIELDS))).toEqual(['slug'])
    expect(names(diffVersions(version(), version({ title: '雪域高原', slug: 'xueyu' }), FIELDS))).toEqual([
      'title',
      'slug',
    ])
  })

  it('shows a figure changed in the body as that figure, paragraph breaks kept', () => {
    const older = version({ body: body('投资489万元新建成的卡嘎镇便民服务中心', PARAGRAPHS[10]) })
    const newer = version({ body: body('投资498万元新建成的卡嘎镇便民服务中心', PARAGRAPHS[10]) })
    const [change] = diffVersions(older, newer, FIELDS)
    expect(change.name).toBe('body')
    expect(change.kind).toBe('richText')
    const segments = segmentsOf(change)
    expect(segments.filter((segment) => segment.op !== 'same')).toEqual([
      { text: '489', op: 'delete' },
      { text: '498', op: 'insert' },
    ])
    expect(newerTextOf(segments)).toBe(`投资498万元新建成的卡嘎镇便民服务中心\n${PARAGRAPHS[10]}`)
  })

  it('shows a deleted body paragraph and an image put in', () => {
    const older = version()
    const newer = version({
      body: buildLexicalDocument([
        { type: 'paragraph', text: PARAGRAPHS[9] },
        { type: 'upload', mediaId: 31 },
        { type: 'paragraph', text: PARAGRAPHS[11] },
      ]),
    })
    const segments = segmentsOf(diffVersions(older, newer, FIELDS)[0])
    expect(segments.filter((segment) => segment.op !== 'same')).toEqual([
      { text: PARAGRAPHS[10], op: 'delete' },
      { text: '[图片 / Image #31]', op: 'insert' },
    ])
  })

  it('lists an added byline before → after, by role label and name', () => {
    const newer = version({
      bylines: [
        { id: 'other-row-id', role: 'reporter', name: '孙良栋' },
        { id: '77b2', role: 'correspondent', name: '王兵' },
      ],
    })
    const changes = diffVersions(version(), newer, FIELDS)
    expect(names(changes)).toEqual(['bylines'])
    const change = changes[0] as Extract<FieldChange, { kind: 'value' | 'relationship' }>
    expect(change.label).toEqual({ zh: '署名', en: 'Bylines' })
    expect(change.before.zh).toBe('记者 孙良栋')
    expect(change.after.zh).toMatch(/^记者 孙良栋；.+ 王兵$/)
    expect(change.orderOnly).toBe(false)
  })

  it('compares relationships by id, populated or not; their order counts', () => {
    const populated = version({
      relatedProjects: [
        { id: 3, name: '卡嘎镇便民服务中心' },
        { id: 5, name: '展销中心' },
      ],
    })
    expect(diffVersions(version(), populated, FIELDS)).toEqual([])
    expect(diffVersions(version({ coverImage: { id: 12, filename: 'a.jpg' } }), version(), FIELDS)).toEqual([])

    const reordered = version({
      relatedProjects: [
        { id: 5, name: '展销中心' },
        { id: 3, name: '卡嘎镇便民服务中心' },
      ],
    })
    const [change] = diffVersions(populated, reordered, FIELDS)
    expect(change).toMatchObject({
      name: 'relatedProjects',
      kind: 'relationship',
      before: { zh: '卡嘎镇便民服务中心、展销中心' },
      after: { zh: '展销中心、卡嘎镇便民服务中心' },
      orderOnly: true,
    })
    const [added] = diffVersions(version(), version({ relatedProjects: [3, 5, 9] }), FIELDS)
    expect(added).toMatchObject({ before: { zh: '#3、#5' }, after: { zh: '#3、#5、#9' }, orderOnly: false })
  })

  it('shows a select by its label and a changed date', () => {
    const changes = diffVersions(version(), version({ topics: [], publishedAt: '2022-06-02T00:00:00.000Z' }), FIELDS)
    expect(changes).toEqual([
      {
        name: 'topics',
        label: { zh: '报道领域', en: 'Topics' },
        kind: 'value',
        before: { zh: '基础设施', en: 'Infrastructure' },
        after: { zh: '（空）', en: '(empty)' },
        orderOnly: false,
      },
      expect.objectContaining({
        name: 'publishedAt',
        after: { zh: '2022-06-02T00:00:00.000Z', en: '2022-06-02T00:00:00.000Z' },
      }),
    ])
  })

  it('treats null, undefined, empty text and empty lists alike', () => {
    const older = version({ kicker: null, lead: undefined, topics: null, coverImage: null, bylines: [] })
    const newer = version({ kicker: '', lead: '', topics: [], coverImage: undefined, bylines: null })
    expect(diffVersions(older, newer, FIELDS)).toEqual([])
    const [kicker] = diffVersions(older, version({ kicker: '新引题' }), FIELDS)
    expect(kicker).toMatchObject({ name: 'kicker', segments: [{ text: '新引题', op: 'insert' }] })
  })

  it('lists everything a first version has when there is no older one', () => {
    const changes = diffVersions(null, version(), FIELDS)
    expect(names(changes)).toEqual([
      'kicker',
      'title',
      'lead',
      'body',
      'coverImage',
      'bylines',
      'topics',
      'relatedProjects',
      'publishedAt',
      'slug',
    ])
    expect(diffVersions(undefined, undefined, FIELDS)).toEqual([])
  })

  it('keeps the changes in field order', () => {
    const newer = version({ relatedProjects: [3], kicker: '新引题', lead: `${PARAGRAPHS[8]}补充一句。` })
    expect(names(diffVersions(version(), newer, FIELDS))).toEqual(['kicker', 'lead', 'relatedProjects'])
  })
})
