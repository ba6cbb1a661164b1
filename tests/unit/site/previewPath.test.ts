import { describe, expect, it } from 'vitest'

import { previewPath, sitePathOf } from '@/site/previewPath'

describe('previewPath: a preview leads only to a page of this site', () => {
  it.each([
    ['/', '/'],
    ['/articles/zibo-aid', '/articles/zibo-aid'],
    ['/projects', '/projects'],
    ['/projects?category=education', '/projects?category=education'],
    ['/projects/school', '/projects/school'],
    ['/honors', '/honors'],
    ['/articles/../honors', '/honors'],
  ])('allows %s', (input, expected) => {
    expect(previewPath(input)).toBe(expected)
  })

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/admin',
    '/admin/collections/users',
    '/api/users',
    '/next/revalidate',
    '/articles/../admin',
    '/projectsX',
    `/${'a'.repeat(600)}`,
  ])('refuses %j', (input) => {
    expect(previewPath(input)).toBeNull()
  })
})

describe('sitePathOf: where a document appears on the site', () => {
  it.each([
    ['articles', { slug: 'zibo-aid' }, '/articles/zibo-aid'],
    ['articles', { slug: '' }, '/'],
    ['projects', { slug: 'school' }, '/projects/school'],
    ['projects', {}, '/projects'],
    ['honors', { slug: 'x' }, '/honors'],
    ['articles', { slug: 'a b/c' }, '/articles/a%20b%2Fc'],
  ])('%s %j -> %s', (collection, doc, path) => {
    expect(sitePathOf(collection, doc)).toBe(path)
  })
})
