import { describe, expect, it } from 'vitest'

import { queryArgsProblem } from '../../../src/api/queryArgs'

const rules = {
  fields: new Map([
    ['title', 'text'],
    ['publishedAt', 'date'],
    ['relatedProjects', 'relationship'],
    ['where', 'point'],
  ]),
  maxLimit: 500,
  maxDepth: 5,
}

describe('queryArgsProblem', () => {
  it.each([
    [{}, null],
    [{ page: 1, limit: 500, depth: 5 }, null],
    [{ depth: 0 }, null],
    [{ sort: '-publishedAt' }, null],
    [{ sort: ['title', '-id'] }, null],
    [{ sort: 'relatedProjects.name' }, null],
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
    [{ where: { title: { near: '1,2' } } }, /title near/],
    [{ where: { or: [{ and: [{ publishedAt: { within: {} } }] }] } }, /publishedAt within/],
  ])('refuses %j', (args, message) => {
    expect(queryArgsProblem(args, rules)).toMatch(message)
  })
})
