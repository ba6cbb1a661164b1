/**
 * Malformed paths and GraphQL documents against the production build: the page paths are refused
 * by src/proxy.ts before Next routes them (the in-process security suite cannot reach Next's
 * pages), and the GraphQL guard is checked in the bundle Next actually built.
 */
import { describe, expect, it } from 'vitest'

import { api, getPage, siteUrl } from './helpers/site'

const LEAKS = /127\.0\.0\.1|localhost:\d+|\/work\/|\/tmp\/|node_modules|\bat [\w$.<>]+ \(|postgres(ql)?:\/\//i

describe('malformed paths', () => {
  it.each([
    '/articles/%E0%A4%A',
    '/projects/%zz',
    '/%',
    '/articles/%C3',
    '/articles/%00',
    '/projects/a%0Ab',
    '/admin/collections/articles/%zz',
  ])('answers the page %s with a 400 that says why', async (path) => {
    const page = await getPage(path)
    expect(page.status).toBe(400)
    expect(page.text).toMatch(/percent-encoding|control character/)
    expect(page.text).not.toMatch(LEAKS)
  })

  it.each([
    '/api/articles/%E0%A4%A',
    '/api/%',
    '/api/media/file/%00',
    '/api/articles?where[title][like]=%25&where[title][like]=_',
    '/api/payload-migrations',
    '/api/media/versions',
  ])('answers the API path %s with a 4xx and a message', async (path) => {
    const answer = await api<{ errors: { message: string }[] }>(path)
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(answer.body.errors[0].message.length).toBeGreaterThan(0)
    expect(answer.text).not.toMatch(LEAKS)
  })

  it('still serves ordinary pages, and an unknown Chinese slug is a 404', async () => {
    expect((await getPage('/')).status).toBe(200)
    expect((await getPage('/articles/%E4%B8%8D%E5%AD%98%E5%9C%A8')).status).toBe(404)
  })
})

describe('GraphQL in the production bundle', () => {
  const post = (query: string) =>
    fetch(`${siteUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })

  it('answers a fragment cycle with a 400 and a message, and a valid query with a 200', async () => {
    const cycle = await post('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')
    expect(cycle.status).toBe(400)
    expect((await cycle.json()).errors[0].message).toMatch(/within itself/)
    expect((await post('{ Articles(limit: 1) { docs { title } } }')).status).toBe(200)
  })

  it('suggests no hidden field names', async () => {
    const answer = await post('{ Users { docs { hsh } } }')
    expect(answer.status).toBe(400)
    expect(await answer.text()).not.toMatch(/Did you mean/i)
  })
})
