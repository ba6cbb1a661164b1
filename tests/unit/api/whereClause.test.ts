import { describe, expect, it } from 'vitest'

import { CollectionQueryFields, type ConfigCollection } from '../../../src/api/collectionQueryFields'
import { MAX_WHERE_CONDITIONS, MAX_WHERE_DEPTH, whereProblem } from '../../../src/api/whereClause'

const collections: ConfigCollection[] = [
  {
    slug: 'articles',
    flattenedFields: [
      { name: 'title', type: 'text' },
      { name: 'body', type: 'richText' },
      { name: 'publishedAt', type: 'date' },
      { name: 'featured', type: 'checkbox' },
      { name: 'topics', type: 'select', hasMany: true, options: ['education', { value: 'health' }] },
      { name: '_status', type: 'select', options: ['draft', 'published'] },
      { name: 'relatedProjects', type: 'relationship', hasMany: true, relationTo: 'projects' },
      { name: 'coverImage', type: 'upload', relationTo: 'media' },
      { name: 'bylines', type: 'array', flattenedFields: [{ name: 'name', type: 'text' }] },
      { name: 'meta', type: 'json' },
      { name: 'secret', type: 'text', hidden: true },
    ],
    // The shape of Payload's buildVersionCollectionFields.
    versionFields: [
      { name: 'parent', type: 'relationship', relationTo: 'articles' },
      { name: 'version', type: 'group', flattenedFields: [{ name: 'title', type: 'text' }] },
      { name: 'latest', type: 'checkbox' },
    ],
  },
  {
    slug: 'projects',
    flattenedFields: [
      { name: 'name', type: 'text' },
      { name: 'investment', type: 'number' },
    ],
  },
  { slug: 'media', flattenedFields: [{ name: 'alt', type: 'text' }] },
  {
    slug: 'locks',
    flattenedFields: [{ name: 'document', type: 'relationship', relationTo: ['articles', 'projects'] }],
  },
]
const tree = new CollectionQueryFields(collections, 'number')
const articles = tree.of('articles')

const nested = (levels: number) => {
  let where: Record<string, unknown> = { title: { equals: 'x' } }
  for (let i = 0; i < levels; i++) where = { and: [where] }
  return where
}

describe('whereProblem accepts', () => {
  it.each([
    [{ title: { like: '%' } }],
    [{ title: { equals: 'a', not_equals: 'b' } }],
    [{ title: { in: 'a,b' } }],
    [{ title: { in: ['a', 'b'] } }],
    [{ title: { exists: 'true' } }],
    [{ body: { exists: false } }],
    [{ meta: { exists: true } }],
    [{ id: { equals: '12' } }],
    [{ id: { in: [1, 2, 3] } }],
    [{ id: { greater_than: 5 } }],
    [{ publishedAt: { greater_than: '2024-01-01T00:00:00.000Z' } }],
    [{ publishedAt: { less_than_equal: 1700000000000 } }],
    [{ featured: { equals: 'false' } }],
    [{ topics: { in: 'education,health' } }],
    [{ topics: { contains: 'education' } }],
    [{ _status: { equals: 'published' } }],
    [{ relatedProjects: { in: '1,2' } }],
    [{ relatedProjects: { equals: [1, 2] } }],
    [{ relatedProjects: { equals: 'null' } }],
    [{ relatedProjects: { contains: { name: { like: 'school' } } } }],
    [{ 'relatedProjects.name': { like: 'school' } }],
    [{ 'relatedProjects.investment': { greater_than: '1000' } }],
    [{ relatedProjects__name: { equals: 'x' } }],
    [{ 'bylines.name': { like: 'a' } }],
    [{ coverImage: { exists: true } }],
    [{ 'version.title': { like: 'a' } }],
    [{ parent: { equals: 3 } }],
    [{ latest: { equals: true } }],
    [{ or: [{ title: { like: 'a' } }, { and: [{ _status: { equals: 'draft' } }] }] }],
    [{ title: { equals: null } }],
    [nested(MAX_WHERE_DEPTH)],
  ])('%j', (where) => {
    expect(whereProblem(where, articles)).toBeNull()
  })

  it('polymorphic relationships, by pair and by their parts', () => {
    const locks = tree.of('locks')
    expect(whereProblem({ document: { equals: { relationTo: 'articles', value: 1 } } }, locks)).toBeNull()
    expect(
      whereProblem({ 'document.value': { equals: '1' }, 'document.relationTo': { equals: 'articles' } }, locks),
    ).toBeNull()
    expect(whereProblem({ 'document.relationTo': { equals: 'users' } }, locks)).toMatch(/one of: articles, projects/)
    expect(whereProblem({ 'document.relationTo': { not_equals: 'articles' } }, locks)).toMatch(
      /cannot be filtered with "not_equals"/,
    )
    expect(whereProblem({ document: { not_equals: { relationTo: 'articles', value: 1 } } }, locks)).toMatch(
      /"not_equals"/,
    )
    expect(whereProblem({ document: { in: '1,2' } }, locks)).toMatch(/cannot be filtered with "in"/)
    expect(whereProblem({ document: { exists: true } }, locks)).toMatch(/cannot be filtered with "exists"/)
    expect(whereProblem({ document: { equals: '1' } }, locks)).toMatch(/takes \{ relationTo, value \}/)
    expect(whereProblem({ document: { equals: { relationTo: 'users', value: 1 } } }, locks)).toMatch(
      /relationTo one of: articles, projects/,
    )
    expect(whereProblem({ document: { equals: { relationTo: 'articles', value: 'abc' } } }, locks)).toMatch(
      /is not an id/,
    )
  })
})

describe('whereProblem refuses', () => {
  it.each([
    ['a string', 'abc', /where must be an object/],
    ['a list', [], /where must be an object/],
    ['or as text', { or: 'x' }, /or takes a list of conditions/],
    ['or of text', { or: ['x'] }, /or takes a list of conditions/],
    ['and as an object', { and: { x: { title: { equals: 1 } } } }, /and takes a list/],
    ['a value without operator', { title: 'x' }, /Name an operator for title/],
    ['a list without operator', { title: ['x'] }, /Name an operator for title/],
    ['an unknown operator', { title: { bogus: 1 } }, /Unknown operator "bogus"/],
    ['an unknown field', { nope: { equals: 1 } }, /Cannot filter by: nope/],
    ['a hidden field', { secret: { exists: true } }, /Cannot filter by: secret/],
    ['a prototype key', { constructor: { equals: 1 } }, /Cannot filter by: constructor/],
    ['a path below a text field', { 'title.x': { equals: 1 } }, /Cannot filter by: title.x/],
    ['a hidden field of a related collection', { 'relatedProjects.hash': { equals: 1 } }, /Cannot filter by/],
    ['all on text', { title: { all: 'a' } }, /title \(text\) cannot be filtered with "all"/],
    ['like on rich text', { body: { like: 'a' } }, /body \(richText\) cannot be filtered with "like"/],
    ['equals on rich text', { body: { equals: 'a' } }, /body \(richText\)/],
    ['like on a date', { publishedAt: { like: '2024' } }, /publishedAt \(date\) cannot be filtered with "like"/],
    ['contains on a date', { publishedAt: { contains: '2024' } }, /cannot be filtered with "contains"/],
    ['like on a select', { _status: { like: 'd' } }, /_status \(select\) cannot be filtered with "like"/],
    ['greater_than on a checkbox', { featured: { greater_than: 1 } }, /checkbox/],
    ['like on an id', { id: { like: '1' } }, /id \(id\) cannot be filtered with "like"/],
    ['near on text', { title: { near: '1,2' } }, /cannot be filtered with "near"/],
    ['an operator on an array itself', { bylines: { equals: 'a' } }, /bylines \(array\) cannot be filtered/],
    ['an operator on a group itself', { version: { equals: 1 } }, /version \(group\) cannot be filtered/],
    [
      'a repeated like',
      { title: { like: ['%', '_'] } },
      /takes a single value, not a list \(was the parameter given twice\?\)/,
    ],
    ['an object for equals', { title: { equals: { x: 1 } } }, /takes a single value, not an object/],
    ['an object inside in', { title: { in: { a: { b: 1 } } } }, /takes a single value, not an object/],
    ['exists maybe', { title: { exists: 'maybe' } }, /exists takes true or false/],
    ['exists 1', { title: { exists: 1 } }, /exists takes true or false/],
    ['a text id', { id: { equals: 'abc' } }, /id equals: "abc" is not an id/],
    ['a huge id', { id: { equals: '99999999999999999999999' } }, /is not an id/],
    ['an id list with a word', { id: { in: '1,abc' } }, /"abc" is not an id/],
    ['a related id that is text', { relatedProjects: { equals: 'abc' } }, /is not an id/],
    ['an upload id that is text', { coverImage: { in: ['x'] } }, /is not an id/],
    ['a date that is not one', { publishedAt: { greater_than: 'abc' } }, /"abc" is not a date/],
    ['a number that is not one', { 'relatedProjects.investment': { equals: 'lots' } }, /"lots" is not a number/],
    ['a checkbox that is not one', { featured: { equals: 'maybe' } }, /is not true or false/],
    ['an option that is not one', { _status: { equals: 'anything' } }, /is not one of: draft, published/],
    ['an option list with a stranger', { topics: { in: 'education,bogus' } }, /"bogus" is not one of/],
    ['a NUL byte', { title: { equals: 'a\u0000' } }, /NUL/],
    [
      'a bad nested where in contains',
      { relatedProjects: { contains: { nope: { equals: 1 } } } },
      /Cannot filter by: nope/,
    ],
    ['deep nesting', nested(MAX_WHERE_DEPTH + 1), /nested more than/],
    [
      'too many conditions',
      { or: Array.from({ length: MAX_WHERE_CONDITIONS + 1 }, () => ({ title: { equals: 'x' } })) },
      /more than 200 conditions/,
    ],
    ['too many values', { id: { in: Array.from({ length: 1001 }, (_, i) => i) } }, /at most 1000 values/],
  ])('%s', (_name, where, message) => {
    expect(whereProblem(where, articles)).toMatch(message)
  })

  it('quotes a long value shortly', () => {
    expect(whereProblem({ id: { equals: 'x'.repeat(5000) } }, articles)!.length).toBeLessThan(300)
  })
})

describe('CollectionQueryFields', () => {
  it('gives each collection its id type and leaves hidden fields out', () => {
    expect(tree.idTypeOf('articles')).toBe('number')
    expect(articles.has('secret')).toBe(false)
    expect(tree.of('projects').has('version')).toBe(false)
    expect(articles.get('version')?.children?.().has('title')).toBe(true)
  })

  it('follows a custom text id', () => {
    const custom = new CollectionQueryFields(
      [{ slug: 'codes', flattenedFields: [{ name: 'id', type: 'text' }] }],
      'number',
    )
    expect(custom.idTypeOf('codes')).toBe('text')
    expect(whereProblem({ id: { like: 'AB' } }, custom.of('codes'))).toBeNull()
  })
})
