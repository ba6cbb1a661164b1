/**
 * Draft preview: only a logged-in editor, reviewer or admin enters it, the login is checked on
 * every page, and a preview is never stored in a cache that readers share.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { EDITOR } from './helpers/accounts'
import { api, createDraftArticle, getPage, login, uniqueTitle } from './helpers/site'

let editor: string
let draft: { id: number; slug: string }
let draftTitle: string

const previewCookieOf = (answer: { headers: Headers }) =>
  answer.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('__prerender_bypass='))
    ?.split(';')[0]

beforeAll(async () => {
  editor = await login(EDITOR)
  draftTitle = uniqueTitle('预览草稿')
  draft = await createDraftArticle(editor, { title: draftTitle })
})

describe('preview of drafts', () => {
  it('an anonymous visitor cannot enter draft mode', async () => {
    const answer = await getPage(`/next/preview?path=/articles/${draft.slug}`)
    expect(answer.status).toBe(401)
    expect(answer.text).toContain('登录')
    expect(previewCookieOf(answer)).toBeUndefined()
    expect((await getPage(`/articles/${draft.slug}`)).status).toBe(404)
  })

  it('a preview leads only to a page of this site', async () => {
    for (const path of [
      '//evil.example/x',
      'https://evil.example/',
      '/admin',
      '/api/users',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const answer = await getPage(`/next/preview?path=${encodeURIComponent(path)}`, editor)
      expect(answer.status, path).toBe(400)
      expect(answer.headers.get('location'), path).toBeNull()
    }
  })

  it('an editor previews the draft exactly as readers will see it, uncached, while readers still get 404', async () => {
    const entered = await getPage(`/next/preview?path=${encodeURIComponent(`/articles/${draft.slug}`)}`, editor)
    expect(entered.status).toBe(307)
    expect(entered.headers.get('location')).toBe(`/articles/${draft.slug}`)
    const previewCookie = previewCookieOf(entered)
    expect(previewCookie).toBeDefined()

    const preview = await getPage(`/articles/${draft.slug}`, `${editor}; ${previewCookie}`)
    expect(preview.status).toBe(200)
    expect(preview.text).toContain(draftTitle)
    expect(preview.text).toContain('预览模式')
    expect(preview.headers.get('cache-control')).toMatch(/private|no-store/)
    expect(preview.text).toContain('<meta name="robots" content="noindex, nofollow"/>')

    // Readers, at the same moment: nothing.
    expect((await getPage(`/articles/${draft.slug}`)).status).toBe(404)
    expect((await getPage('/')).text).not.toContain(draftTitle)
  })

  it('the draft-mode cookie without a login shows published content only', async () => {
    const entered = await getPage(`/next/preview?path=/`, editor)
    const previewCookie = previewCookieOf(entered)!
    const stolen = await getPage(`/articles/${draft.slug}`, previewCookie)
    expect(stolen.status).toBe(404)
    expect(stolen.text).not.toContain(draftTitle)
    const home = await getPage('/', previewCookie)
    expect(home.text).toContain('预览已失效')
    expect(home.text).not.toContain(draftTitle)
  })

  it('logging out ends the preview: the same cookies show published content only', async () => {
    const own = await login(EDITOR)
    const entered = await getPage(`/next/preview?path=/`, own)
    const previewCookie = previewCookieOf(entered)!
    expect((await getPage(`/articles/${draft.slug}`, `${own}; ${previewCookie}`)).status).toBe(200)
    const loggedOut = await api('/api/users/logout', { method: 'POST', cookie: own })
    expect(loggedOut.status).toBe(200)
    expect((await getPage(`/articles/${draft.slug}`, `${own}; ${previewCookie}`)).status).toBe(404)
  })
})
