import { describe, expect, it } from 'vitest'

import { CollectionQueryFields } from '../../../src/api/collectionQueryFields'
import { MAX_PAGE, queryArgsProblem } from '../../../src/api/queryArgs'

const tree = new CollectionQueryFields(
  [
    {
      slug: 'articles',
      flattenedFields: [
        { name: 'title', type: 'text' },
        { name: 'body', type: 'richText' },
        { name: 'publishedAt', type: 'date' },
        { name: 'relatedProjects', type: 'relationship', relationTo: 'projects', hasMany: true },
        { name: 'bylines', type: 'array', flattenedFields: [{ name: 'name', type: 'text' }] },
        { name: 'where', type: 'point' },
        { name: 'hash', type: 'text', hidden: true },
      ],
    },
    { slug: 'projects', flattenedFields: [{ name: 'name', type: 'text' }] },
  ],
  'number',
)
const rules = { fields: tree.of('articles'), maxLimit: 500, maxDepth: 5 }

describe('queryArgsProblem', () => {
  it.each([
    [{}, null],
    [{ page: 1, limit: 500, depth: 5 }, null],
    [{ depth: 0 }, null],
    [{ sort: '-publishedAt' }, null],
    [{ sort: ['title', '-id'] }, null],
    [{ sort: 'relatedProjects.name' }, null],
    [{ sort: 'bylines.name' }, null],
    [{ page: MAX_PAGE }, null],
    [{ select: { title: true, relatedProjects: { name: true } } }, null],
    [{ where: { and: [{ title: { like: 'x' } }, { or: [{ where: { near: '1,2' } }] }] } }, null],
  ])('accepts %j', (args, expected) => {
    expect(queryArgsProblem(args, rules)).toBe(expected)
  })

  it.each([
    [{ page: 0 }, /page/],
    [{ page: -5 }, /page/],
    [{ page: 1.5 }, /page/],
    [{ limit: 0 }, /limit/],
    [{ limit: 501 }, /limit/],
    [{ limit: 1e9 }, /limit/],
    [{ depth: 6 }, /depth/],
    [{ depth: -1 }, /depth/],
    [{ sort: 'nope' }, /sort by: nope/],
    [{ sort: 'title;DROP TABLE x' }, /sort by/],
    [{ sort: 'title,hash' }, /sort by: hash/],
    [{ sort: 'title.length' }, /sort by: title.length/],
    [{ select: { 'relatedProjects.name': true } }, /select: relatedProjects.name/],
    [{ select: { hash: true } }, /select: hash/],
    [{ page: MAX_PAGE + 1 }, /page/],
    [{ sort: 'body' }, /sort by: body/],
    [{ sort: 'bylines' }, /sort by: bylines/],
    [{ sort: 'relatedProjects.nope' }, /sort by: relatedProjects.nope/],
    [{ where: { title: { near: '1,2' } } }, /title \(text\) cannot be filtered with "near"/],
    [
      { where: { or: [{ and: [{ publishedAt: { within: {} } }] }] } },
      /publishedAt \(date\) cannot be filtered with "within"/,
    ],
    [{ where: { title: { like: ['a', 'b'] } } }, /title like takes a single value/],
  ])('refuses %j', (args, message) => {
    expect(queryArgsProblem(args, rules)).toMatch(message)
  })
})
