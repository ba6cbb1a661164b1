import { describe, expect, it } from 'vitest'

import { wrongTypeFields, type FieldShape } from '../../../src/api/fieldTypes'

const fields: FieldShape[] = [
  { name: 'title', type: 'text' },
  { name: 'township', type: 'text', hasMany: true },
  { name: 'year', type: 'number' },
  { name: 'done', type: 'checkbox' },
  { name: 'topics', type: 'select', hasMany: true },
  { name: 'level', type: 'select' },
  { name: 'cover', type: 'upload' },
  { name: 'related', type: 'relationship', hasMany: true },
  { name: 'bylines', type: 'array' },
  { name: 'at', type: 'date' },
  { name: 'body', type: 'richText' },
]

describe('wrongTypeFields', () => {
  it('accepts values of the right types, nulls and absent fields', () => {
    expect(
      wrongTypeFields(
        {
          title: '标题',
          township: ['亚木乡'],
          year: 2021,
          done: false,
          topics: ['education'],
          level: 'county',
          cover: 3,
          related: [1, '2', { relationTo: 'projects', value: 3 }],
          bylines: [],
          at: '2021-04-16T00:00:00.000Z',
          body: 'left to the rich-text check',
          unknown: 5,
        },
        fields,
      ),
    ).toEqual([])
    expect(wrongTypeFields({ title: null, year: null, cover: null }, fields)).toEqual([])
  })

  it('accepts an empty array as Payload’s admin sends it (its row count, 0), and nothing else in its place', () => {
    expect(wrongTypeFields({ bylines: 0 }, fields)).toEqual([])
    expect(wrongTypeFields({ bylines: 2 }, fields)).toEqual([{ path: 'bylines', expected: 'a list' }])
  })

  it.each([
    [{ title: 12345 }, 'title (text)'],
    [{ title: { $gt: '' } }, 'title (text)'],
    [{ township: '亚木乡' }, 'township (a list of text)'],
    [{ township: ['a', 1] }, 'township (a list of text)'],
    [{ year: '2021' }, 'year (a number)'],
    [{ done: 'yes' }, 'done (true or false)'],
    [{ topics: 'education' }, 'topics (a list of an option)'],
    [{ level: ['county'] }, 'level (an option)'],
    [{ cover: true }, 'cover (an id)'],
    [{ related: 5 }, 'related (a list of an id)'],
    [{ bylines: 'x' }, 'bylines (a list)'],
    [{ bylines: -1 }, 'bylines (a list)'],
    [{ at: 1700000000 }, 'at (a date string)'],
    [{ related: Array.from({ length: 1001 }, (_, i) => i) }, 'related (at most 1000 entries)'],
  ])('names %j', (data, expected) => {
    const [path, what] = /^(\w+) \((.*)\)$/.exec(expected)!.slice(1)
    expect(wrongTypeFields(data, fields)).toEqual([{ path, expected: what }])
  })
})
