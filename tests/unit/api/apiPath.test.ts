import { describe, expect, it } from 'vitest'

import { apiPathProblem, type ApiShape } from '../../../src/api/apiPath'

const shape: ApiShape = {
  collections: new Map([
    ['articles', { versions: true, served: true }],
    ['media', { versions: false, served: true }],
    ['payload-migrations', { versions: false, served: false }],
    ['users', { versions: false, served: true, verifiesEmail: false }],
    ['members', { versions: false, served: true, verifiesEmail: true }],
  ]),
  globals: new Map([
    ['column', { versions: false }],
    ['masthead', { versions: true }],
  ]),
}

describe('apiPathProblem', () => {
  it.each([
    '/articles',
    '/articles/versions',
    '/articles/versions/3',
    '/articles/12',
    '/media/12',
    '/media/file/photo.png',
    '/globals/column',
    '/globals/masthead/versions',
    '/users/me',
    '/nope/versions',
    '/graphql',
    '/members/verify/token123',
  ])('lets %s through', (path) => {
    expect(apiPathProblem(path, shape)).toBeNull()
  })

  it.each([
    ['/media/versions', 404, /media keeps no versions/],
    ['/media/versions/1', 404, /media keeps no versions/],
    ['/globals/column/versions', 404, /column keeps no versions/],
    ['/globals/column/versions/abc', 404, /column keeps no versions/],
    ['/payload-migrations', 404, /No such API route/],
    ['/payload-migrations/1', 404, /No such API route/],
    ['/users/verify/abc', 404, /users does not verify email addresses/],
    ['/articles/%E0%A4%A', 400, /percent-encoding/],
    ['/articles/%00', 400, /control character/],
    ['/%', 400, /percent-encoding/],
  ])('refuses %s with %i', (path, status, message) => {
    const refusal = apiPathProblem(path, shape)
    expect(refusal?.status).toBe(status)
    expect(refusal?.message).toMatch(message)
    expect(refusal?.message).not.toMatch(/localhost|127\.0\.0\.1|http:/)
  })
})
