/**
 * Readers see a publish, a take-down and an edit to live content at once: the workflow expires
 * exactly the cached pages it changes. Each check polls for at most 5 s, as a reader reloading
 * would; how fast it really is belongs to the benchmark.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, EDITOR, FINAL } from './helpers/accounts'
import {
  api,
  createDraftArticle,
  getPage,
  login,
  publishThroughWorkflow,
  takeSteps,
  uniqueTitle,
  waitUntil,
} from './helpers/site'

let editor: string
/** The 值班总编辑: the release stage's person, who takes a story down. */
let final: string
let admin: string

const pageShows = (path: string, text: string) => async () => (await getPage(path)).text.includes(text)
const pageLacks = (path: string, text: string) => async () => !(await getPage(path)).text.includes(text)

beforeAll(async () => {
  ;[editor, final, admin] = await Promise.all([login(EDITOR), login(FINAL), login(ADMIN)])
})

describe('publish, take down, edit: visible without waiting for a timer', () => {
  it('a published article appears on the home page, in the feed and at its address; taken down, it disappears', async () => {
    const title = uniqueTitle('即时发布')
    const article = await createDraftArticle(editor, { title })
    // Warm the cache first, so the test proves expiry rather than a cold render.
    await Promise.all(['/', '/feed.xml', '/sitemap.xml'].map((path) => getPage(path)))
    expect((await getPage('/')).text).not.toContain(title)

    await publishThroughWorkflow(editor, 'articles', article.id)
    await waitUntil(pageShows('/', title))
    await waitUntil(pageShows('/feed.xml', title))
    await waitUntil(pageShows('/sitemap.xml', `/articles/${article.slug}`))
    expect((await getPage(`/articles/${article.slug}`)).status).toBe(200)

    await takeSteps([[final, 'unpublish']], 'articles', article.id)
    await waitUntil(pageLacks('/', title))
    await waitUntil(pageLacks('/feed.xml', title))
    await waitUntil(async () => (await getPage(`/articles/${article.slug}`)).status === 404)
  })

  it('a published edit replaces the old text on the article page and the home page', async () => {
    const first = uniqueTitle('初版标题')
    const second = uniqueTitle('修订标题')
    const article = await createDraftArticle(editor, { title: first })
    await publishThroughWorkflow(editor, 'articles', article.id)
    await waitUntil(pageShows(`/articles/${article.slug}`, first))

    const edited = await api(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      cookie: editor,
      body: { title: second },
    })
    expect(edited.status).toBe(200)
    // Saved as a draft: readers still see the approved text.
    expect((await getPage(`/articles/${article.slug}`)).text).toContain(first)

    await publishThroughWorkflow(editor, 'articles', article.id)
    await waitUntil(pageShows(`/articles/${article.slug}`, second))
    await waitUntil(pageShows('/', second))
    expect((await getPage('/')).text).not.toContain(first)
  })

  it('a changed project refreshes the projects page and the article that shows it', async () => {
    const name = uniqueTitle('新建项目')
    const created = await api<{ doc: { id: number; slug: string } }>('/api/projects?draft=true', {
      method: 'POST',
      cookie: editor,
      body: { name, categories: ['education'], investment: 321, fundingType: 'aid_funds', status: 'completed' },
    })
    expect(created.status).toBe(201)
    const project = created.body.doc
    await publishThroughWorkflow(editor, 'projects', project.id)
    await waitUntil(pageShows('/projects', name))

    const article = await createDraftArticle(editor, { title: uniqueTitle('项目报道'), relatedProjects: [project.id] })
    await publishThroughWorkflow(editor, 'articles', article.id)
    await waitUntil(pageShows(`/articles/${article.slug}`, name))
    await waitUntil(pageShows(`/projects/${project.slug}`, '相关报道'))

    const renamed = `${name}（改）`
    await api(`/api/projects/${project.id}?draft=true`, {
      method: 'PATCH',
      cookie: editor,
      body: { name: renamed, investment: 654 },
    })
    await publishThroughWorkflow(editor, 'projects', project.id)
    await waitUntil(pageShows('/projects', renamed))
    await waitUntil(pageShows(`/articles/${article.slug}`, renamed))
    await waitUntil(pageShows(`/projects/${project.slug}`, '654万元'))
  })

  it('a change to the column’s settings shows on every page', async () => {
    const column = await api<{ tagline: string }>('/api/globals/column?depth=0')
    const tagline = uniqueTitle('新副题')
    const saved = await api('/api/globals/column', { method: 'POST', cookie: admin, body: { tagline } })
    expect(saved.status).toBe(200)
    try {
      await waitUntil(pageShows('/', tagline))
      await waitUntil(pageShows('/honors', tagline))
    } finally {
      await api('/api/globals/column', { method: 'POST', cookie: admin, body: { tagline: column.body.tagline } })
    }
  })
})
