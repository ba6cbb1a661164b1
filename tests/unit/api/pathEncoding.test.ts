import { describe, expect, it } from 'vitest'

import { decodedSegment, pathEncodingProblem } from '../../../src/api/pathEncoding'

describe('pathEncodingProblem', () => {
  it.each([
    '/',
    '/articles/an-ren-xian',
    '/articles/%E6%98%82%E4%BB%81',
    '/articles/a%20b',
    '/api/articles/12',
    '/articles/%25',
  ])('reads %s', (path) => {
    expect(pathEncodingProblem(path)).toBeNull()
  })

  it.each([
    ['/articles/%E0%A4%A', /percent-encoding/],
    ['/%', /percent-encoding/],
    ['/projects/%zz', /percent-encoding/],
    ['/articles/%C3', /percent-encoding/],
    ['/articles/%FF%FE', /percent-encoding/],
    ['/api/articles/%00', /control character/],
    ['/api/media/file/a%0Ab.png', /control character/],
    ['/articles/%7F', /control character/],
  ])('refuses %s', (path, message) => {
    expect(pathEncodingProblem(path)).toMatch(message)
  })
})

describe('decodedSegment', () => {
  it('decodes valid percent-encoding and gives null for broken encoding', () => {
    expect(decodedSegment('%E6%98%82')).toBe('昂')
    expect(decodedSegment('%E0%A4%A')).toBeNull()
  })
})
