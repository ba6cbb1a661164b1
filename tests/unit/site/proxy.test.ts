import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { config, proxy } from '../../../src/proxy'

const call = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { headers }))

describe('proxy', () => {
  it.each(['/articles/%E0%A4%A', '/%', '/projects/%zz', '/articles/%00', '/admin/collections/%E0'])(
    'answers the page %s with a 400 that says why',
    async (path) => {
      const response = call(path)
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toMatch(/text\/plain/)
      expect(await response.text()).toMatch(/percent-encoding|control character/)
    },
  )

  it.each(['/api/articles/%E0%A4%A', '/api/media/file/%00'])(
    'answers the API path %s with a JSON 400',
    async (path) => {
      const response = call(path)
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(/percent-encoding|control character/)
    },
  )

  it.each(['/', '/articles/%E6%98%82%E4%BB%81', '/api/articles?where[title][like]=%25', '/feed.xml'])(
    'lets %s through',
    (path) => {
      const response = call(path)
      expect(response.status).toBe(200)
      expect(response.headers.get('x-middleware-next')).toBe('1')
    },
  )

  it('opens the admin in Chinese unless the user chose a language', () => {
    const chinese = call('/admin', { 'accept-language': 'en-US' })
    expect(chinese.headers.get('x-middleware-request-accept-language')).toBe('zh-CN,zh;q=0.9')
    const chosen = call('/admin/account', { 'accept-language': 'en-US', cookie: 'payload-lng=en' })
    expect(chosen.headers.get('x-middleware-request-accept-language')).toBeNull()
    expect(
      call('/articles', { 'accept-language': 'en-US' }).headers.get('x-middleware-request-accept-language'),
    ).toBeNull()
  })

  it('runs on every path but Next build assets', () => {
    const [matcher] = config.matcher
    const matches = (path: string) => new RegExp(`^${matcher}$`).test(path)
    expect(matches('/articles/x')).toBe(true)
    expect(matches('/api/articles')).toBe(true)
    expect(matches('/_next/static/chunks/a.js')).toBe(false)
  })
})
