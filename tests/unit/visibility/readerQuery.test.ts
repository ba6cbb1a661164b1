import { describe, expect, it } from 'vitest'

import {
  readerSortProblem,
  ReaderQueryProblem,
  scopeWhere,
  type PathKind,
  type ReaderQueryRules,
} from '../../../src/visibility/readerQuery'

const VISIBLE = { _status: { equals: 'published' } }

/** Articles relate to many projects and to one honor; projects show photos (media). */
const KINDS: Record<string, Record<string, PathKind>> = {
  articles: {
    relatedProjects: {
      kind: 'relation',
      relationPath: 'relatedProjects',
      rest: '',
      relationTo: 'projects',
      hasMany: true,
    },
    'relatedProjects.id': {
      kind: 'relation',
      relationPath: 'relatedProjects',
      rest: 'id',
      relationTo: 'projects',
      hasMany: true,
    },
    'relatedProjects.name': {
      kind: 'relation',
      relationPath: 'relatedProjects',
      rest: 'name',
      relationTo: 'projects',
      hasMany: true,
    },
    'relatedProjects.photos.alt': {
      kind: 'relation',
      relationPath: 'relatedProjects',
      rest: 'photos.alt',
      relationTo: 'projects',
      hasMany: true,
    },
    mainHonor: { kind: 'relation', relationPath: 'mainHonor', rest: '', relationTo: 'honors', hasMany: false },
    body: { kind: 'richText' },
    'coverImage.alt': { kind: 'relatedFields' },
  },
  projects: { 'photos.alt': { kind: 'relatedFields' } },
}

const rules: ReaderQueryRules = {
  pathKind: (collection, path) => KINDS[collection]?.[path] ?? { kind: 'other' },
  visibleWhere: () => structuredClone(VISIBLE),
}

const onVisibleProject = (inner: object) => ({ relatedProjects: { contains: { and: [inner, VISIBLE] } } })

describe('scopeWhere', () => {
  it.each([
    ['equals', { relatedProjects: { equals: 7 } }, onVisibleProject({ id: { equals: 7 } })],
    ['in', { relatedProjects: { in: [7, 8] } }, onVisibleProject({ id: { in: [7, 8] } })],
    ['contains an id', { relatedProjects: { contains: 7 } }, onVisibleProject({ id: { equals: 7 } })],
    ['exists', { relatedProjects: { exists: true } }, onVisibleProject({ id: { exists: true } })],
    ['the .id path', { 'relatedProjects.id': { equals: '7' } }, onVisibleProject({ id: { equals: '7' } })],
    [
      'a field of the related document',
      { 'relatedProjects.name': { like: '小学' } },
      onVisibleProject({ name: { like: '小学' } }),
    ],
    [
      'a nested where of its own',
      { relatedProjects: { contains: { name: { equals: '小学' } } } },
      onVisibleProject({ name: { equals: '小学' } }),
    ],
    [
      'all',
      { relatedProjects: { all: '7,8' } },
      { and: [onVisibleProject({ id: { equals: '7' } }), onVisibleProject({ id: { equals: '8' } })] },
    ],
  ])('scopes %s to the related documents the reader may see', (_name, where, expected) => {
    expect(scopeWhere(where, 'articles', rules)).toEqual(expected)
  })

  it('scopes a single relation through the paths of the related document', () => {
    expect(scopeWhere({ mainHonor: { equals: 3 } }, 'articles', rules)).toEqual({
      and: [{ 'mainHonor.id': { equals: 3 } }, { 'mainHonor._status': { equals: 'published' } }],
    })
  })

  it('keeps other conditions, and/or groups and several operators on one path', () => {
    const where = {
      title: { like: '援藏' },
      or: [{ relatedProjects: { equals: 1 } }, { slug: { equals: 'a' } }],
    }
    expect(scopeWhere(where, 'articles', rules)).toEqual({
      and: [{ title: { like: '援藏' } }, { or: [onVisibleProject({ id: { equals: 1 } }), { slug: { equals: 'a' } }] }],
    })
    expect(scopeWhere({ relatedProjects: { exists: true, in: [1] } }, 'articles', rules)).toEqual({
      and: [onVisibleProject({ id: { exists: true } }), onVisibleProject({ id: { in: [1] } })],
    })
  })

  it('leaves a where without relations as it was', () => {
    expect(scopeWhere({ title: { equals: 'x' } }, 'articles', rules)).toEqual({ title: { equals: 'x' } })
    expect(scopeWhere({}, 'articles', rules)).toEqual({})
  })

  it.each([
    ['not_in', { relatedProjects: { not_in: [7] } }],
    ['not_equals', { relatedProjects: { not_equals: 7 } }],
    ['exists=false', { relatedProjects: { exists: 'false' } }],
    ['like on the ids', { relatedProjects: { like: '7' } }],
    ['a condition on rich text', { body: { like: 'articles' } }],
    ['a field of an image, inside an and', { and: [{ 'coverImage.alt': { like: 'x' } }] }],
    ['a field of an image of a related project', { 'relatedProjects.photos.alt': { like: 'x' } }],
  ])('refuses %s, which cannot be scoped', (_name, where) => {
    expect(() => scopeWhere(where, 'articles', rules)).toThrow(ReaderQueryProblem)
  })

  it('does not change the where it was given', () => {
    const where = { relatedProjects: { in: [7] } }
    scopeWhere(where, 'articles', rules)
    expect(where).toEqual({ relatedProjects: { in: [7] } })
  })
})

describe('readerSortProblem', () => {
  it.each([
    ['-publishedAt', null],
    [['title', '-publishedAt'], null],
    [undefined, null],
  ])('allows sorting by %j', (sort, expected) => {
    expect(readerSortProblem(sort, 'articles', rules)).toBe(expected)
  })

  it.each(['relatedProjects.name', '-relatedProjects.name', 'title,relatedProjects', ['coverImage.alt']])(
    'refuses sorting by %j',
    (sort) => {
      expect(readerSortProblem(sort, 'articles', rules)).toMatch(/relatedProjects|coverImage/)
    },
  )
})
