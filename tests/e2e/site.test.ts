/**
 * The public site against a production build and the seeded column: what a reader gets on each
 * page, the feed and the sitemap, and that nothing unpublished reaches any of them.
 */
import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ARTICLE_SEED } from '../../src/seed/articleSeedSettings'
import { EDITOR, FINAL, FIRST } from './helpers/accounts'
import { launchBrowser } from './helpers/browser'
import {
  api,
  createDraftArticle,
  getPage,
  login,
  siteUrl,
  passAllStages,
  takeStep,
  publishThroughWorkflow,
  takeSteps,
  uniqueTitle,
} from './helpers/site'

interface Listed<T> {
  docs: T[]
  totalDocs: number
}
interface ProjectDoc {
  id: number
  name: string
  investment: number | null
  fundingType: string
  categories: string[]
}

let editor: string
/** The 责任编辑 (初审) and the 值班总编辑 (终审, who takes stories down). */
let first: string
let final: string
let browser: Browser

/** The document's text as a reader sees it (tags and the Next payload scripts removed). */
const visibleText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')

/** Whether the browser's XML parser accepts the document. */
async function parsesAsXml(xml: string): Promise<boolean> {
  const page = await browser.newPage()
  try {
    return await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length === 0,
      xml,
    )
  } finally {
    await page.close()
  }
}

beforeAll(async () => {
  ;[editor, first, final] = await Promise.all([login(EDITOR), login(FIRST), login(FINAL)])
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('the seeded column as a reader sees it', () => {
  it('home: the column name, its 编者按, the headline figures and the seeded entry', async () => {
    const home = await getPage('/')
    expect(home.status).toBe(200)
    const text = visibleText(home.text)
    expect(text).toContain('穿越喜马拉雅的守望')
    expect(text).toContain('编者按')
    expect(text).toContain('47个')
    expect(text).toContain('1.32亿元')
    expect(text).toContain('2.34亿元')
    expect(home.text).toContain(`href="/articles/${ARTICLE_SEED.slug}"`)
    expect(home.text).toContain('<html lang="zh-CN">')

    const archive = await getPage('/articles')
    expect(archive.status).toBe(200)
    expect(archive.text).toContain(`href="/articles/${ARTICLE_SEED.slug}"`)
    expect(visibleText(archive.text)).toMatch(/共\d+篇/)
  })

  it('article: kicker, title, subtitle, bylines, source, date, body headings, paragraphs and captioned images', async () => {
    const page = await getPage(`/articles/${ARTICLE_SEED.slug}`)
    expect(page.status).toBe(200)
    const text = visibleText(page.text)
    expect(text).toContain('让家乡的“最红战旗”在雪域昂仁高高飘扬')
    expect(text).toContain('淄博市第九批援藏工作组创造昂仁品质打响淄博品牌')
    expect(text).toContain('来源：大众日报淄博融媒体中心')
    expect(page.text).toMatch(/<h2[^>]*>夯基助产 高质量发展昂仁经济<\/h2>/)
    expect(page.text).toMatch(/<figcaption>投资489万元新建成的卡嘎镇便民服务中心/)
    expect(page.text).toMatch(/<time dateTime="\d{4}-\d{2}-\d{2}">\d{4}年\d{1,2}月\d{1,2}日<\/time>/)
    // Open Graph for sharing.
    expect(page.text).toContain('<meta property="og:type" content="article"/>')
    expect(page.text).toContain('<meta property="og:title" content="淄博市第九批援藏工作组创造昂仁品质打响淄博品牌"/>')
  })

  it('projects: every published project, the declared totals beside what the records add up to, and two SVG charts', async () => {
    const published = await api<Listed<ProjectDoc>>('/api/projects?limit=200&depth=0')
    const page = await getPage('/projects')
    expect(page.status).toBe(200)
    const text = visibleText(page.text)
    for (const project of published.body.docs) expect(text).toContain(project.name)
    expect(text).toContain(`共${published.body.totalDocs}个项目`)

    const aid = published.body.docs.filter((project) => project.fundingType === 'aid_funds')
    const aidTotal = Math.round(aid.reduce((sum, project) => sum + (project.investment ?? 0), 0) * 100) / 100
    const shown = aidTotal >= 10_000 ? `${(aidTotal / 10_000).toFixed(2).replace(/\.?0+$/, '')}亿元` : `${aidTotal}万元`
    expect(text).toMatch(new RegExp(`援藏资金投资\\s+1\\.32亿元\\s+${shown.replace('.', '\\.')}`))
    expect(text).toContain('47个')
    expect(page.text.match(/<svg[^>]*role="img"/g)?.length).toBe(2)
  })

  it('projects: a filter in the URL shows exactly the matching projects; an unknown value shows none, not all', async () => {
    const education = await api<Listed<ProjectDoc>>(
      '/api/projects?limit=200&depth=0&where[categories][contains]=education',
    )
    expect(education.body.totalDocs).toBeGreaterThan(0)
    const page = await getPage('/projects?category=education')
    const text = visibleText(page.text)
    expect(text).toContain(`共${education.body.totalDocs}个项目`)
    const others = (await api<Listed<ProjectDoc>>('/api/projects?limit=200&depth=0')).body.docs.filter(
      (project) => !project.categories.includes('education'),
    )
    for (const project of others) expect(text).not.toContain(project.name)

    const unknown = await getPage(`/projects?category=${encodeURIComponent('<script>alert(9)</script>')}&year=abc`)
    expect(unknown.status).toBe(200)
    expect(visibleText(unknown.text)).toContain('没有符合条件的项目')
    expect(unknown.text).not.toContain('<script>alert(9)')
  })

  it('honors: every published honor, grouped by level', async () => {
    const honors = await api<Listed<{ title: string }>>('/api/honors?limit=100&depth=0')
    expect(honors.body.totalDocs).toBe(8)
    const page = await getPage('/honors')
    const text = visibleText(page.text)
    for (const honor of honors.body.docs) expect(text).toContain(honor.title)
    expect(page.text).toMatch(/<h2[^>]*>自治区级<\/h2>/)
  })

  it('an unknown address answers 404 with the column’s own page in Chinese', async () => {
    // An address no route matches is answered with a complete page (app/global-not-found.tsx).
    const unmatched = await getPage('/no/such/page')
    expect(unmatched.status).toBe(404)
    expect(visibleText(unmatched.text)).toContain('页面不存在')
    // A missing article or project: Next sends the 404 status and draws the page in the browser
    // (it cannot render a page's not-found inside a route group's root layout on the server).
    for (const path of ['/articles/no-such-article', '/projects/no-such-project', '/no/such/page']) {
      const page = await browser.newPage()
      try {
        const response = await page.goto(`${siteUrl()}${path}`)
        expect(response?.status(), path).toBe(404)
        await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 30_000 }).toBe('页面不存在')
        expect(await page.locator('html').getAttribute('lang'), path).toBe('zh-CN')
      } finally {
        await page.close()
      }
    }
  })

  it('the feed and the sitemap are well-formed XML listing the published article', async () => {
    const feed = await getPage('/feed.xml')
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toContain('application/rss+xml')
    expect(await parsesAsXml(feed.text)).toBe(true)
    expect(feed.text).toContain(`/articles/${ARTICLE_SEED.slug}</link>`)

    const sitemap = await getPage('/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(await parsesAsXml(sitemap.text)).toBe(true)
    expect(sitemap.text).toContain(`/articles/${ARTICLE_SEED.slug}</loc>`)
    expect(sitemap.text).toContain('/projects/')
  })

  it('security headers: a Content-Security-Policy on the site, framing by the admin only', async () => {
    for (const path of ['/', `/articles/${ARTICLE_SEED.slug}`, '/projects']) {
      const page = await getPage(path)
      const policy = page.headers.get('content-security-policy') ?? ''
      expect(policy, path).toContain("default-src 'self'")
      expect(policy, path).toContain("frame-ancestors 'self'")
      expect(policy, path).toContain("object-src 'none'")
      expect(page.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(page.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
    }
    const apiAnswer = await api('/api/articles?limit=1')
    expect(apiAnswer.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('nothing unpublished reaches a reader', () => {
  it('drafts, submissions, scheduled, taken-down and pending edits stay off every page, the feed and the sitemap', async () => {
    const titles = {
      draft: uniqueTitle('草稿稿件'),
      inReview: uniqueTitle('送审稿件'),
      scheduled: uniqueTitle('定时稿件'),
      archived: uniqueTitle('撤下稿件'),
      live: uniqueTitle('已发布稿件'),
      pendingEdit: uniqueTitle('待审修改'),
    }
    const draft = await createDraftArticle(editor, { title: titles.draft })
    const inReview = await createDraftArticle(editor, { title: titles.inReview })
    await takeSteps([[editor, 'submit']], 'articles', inReview.id)
    const scheduled = await createDraftArticle(editor, { title: titles.scheduled })
    await takeSteps([[editor, 'submit']], 'articles', scheduled.id)
    // Approved at every stage, then published by the release stage for a week ahead: scheduled, not live.
    await passAllStages('articles', scheduled.id)
    const later = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
    expect((await takeStep(final, 'articles', scheduled.id, 'publish', { publishAt: later })).status).toBe(200)
    const archived = await createDraftArticle(editor, { title: titles.archived })
    await publishThroughWorkflow(editor, 'articles', archived.id)
    await takeSteps([[final, 'unpublish']], 'articles', archived.id)
    const live = await createDraftArticle(editor, { title: titles.live })
    await publishThroughWorkflow(editor, 'articles', live.id)
    // An edit to the live article, saved as a draft and submitted: readers keep the approved text.
    const edited = await api(`/api/articles/${live.id}?draft=true`, {
      method: 'PATCH',
      cookie: editor,
      body: { title: titles.pendingEdit },
    })
    expect(edited.status).toBe(200)
    await takeSteps([[editor, 'submit']], 'articles', live.id)

    const surfaces = await Promise.all(
      ['/', '/feed.xml', '/sitemap.xml', `/articles/${live.slug}`].map((path) => getPage(path)),
    )
    const everything = surfaces.map((page) => page.text).join('\n')
    expect(everything).toContain(titles.live)
    for (const hidden of [titles.draft, titles.inReview, titles.scheduled, titles.archived, titles.pendingEdit]) {
      expect(everything).not.toContain(hidden)
    }
    for (const doc of [draft, inReview, scheduled, archived]) {
      const page = await getPage(`/articles/${doc.slug}`)
      expect(page.status, doc.slug).toBe(404)
    }
  })

  it('an unpublished project stays off the projects page and its figures', async () => {
    const before = visibleText((await getPage('/projects')).text)
    const name = uniqueTitle('未发布项目')
    const created = await api<{ doc: { id: number; slug: string } }>('/api/projects?draft=true', {
      method: 'POST',
      cookie: editor,
      body: { name, categories: ['education'], investment: 99999, fundingType: 'aid_funds', status: 'planned' },
    })
    expect(created.status).toBe(201)
    const after = visibleText((await getPage('/projects')).text)
    expect(after).not.toContain(name)
    expect(after.match(/共\d+个项目/)?.[0]).toBe(before.match(/共\d+个项目/)?.[0])
    expect((await getPage(`/projects/${created.body.doc.slug}`)).status).toBe(404)
  })
})

describe('a refused step tells the user why, in production too', () => {
  it('the workflow’s Chinese message arrives with its status, not “An unknown error occurred.”', async () => {
    const doc = await createDraftArticle(editor, { title: uniqueTitle('缺少意见') })
    await takeSteps([[editor, 'submit']], 'articles', doc.id)
    const refused = await takeStep(first, 'articles', doc.id, 'request_changes')
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('需要填写意见')
  })
})

describe('text from editors is shown, never run', () => {
  it('markup in titles renders as text; a hostile link is refused before it is stored', async () => {
    const title = `${uniqueTitle('标题')}<script>alert(1)</script><img src=x onerror=alert(2)>`
    const doc = await createDraftArticle(editor, { title: title.slice(0, 200) })
    const hostile = {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              {
                type: 'link',
                version: 3,
                direction: 'ltr',
                format: '',
                indent: 0,
                fields: { linkType: 'custom', url: 'javascript:alert(3)', newTab: false },
                children: [{ type: 'text', version: 1, text: '点此', detail: 0, format: 0, mode: 'normal', style: '' }],
              },
            ],
          },
        ],
      },
    }
    const refused = await api(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      cookie: editor,
      body: { body: hostile },
    })
    expect(refused.status).toBe(400)
    // A safe link is stored; the page renders it (and would render an unsafe one as plain text: safeHref.ts).
    const link = hostile.root.children[0]!.children[0]!
    link.fields.url = 'https://www.dzwww.com/'
    const saved = await api(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      cookie: editor,
      body: { body: hostile },
    })
    expect(saved.status).toBe(200)
    await publishThroughWorkflow(editor, 'articles', doc.id)

    const page = await getPage(`/articles/${doc.slug}`)
    expect(page.status).toBe(200)
    expect(page.text).not.toContain('<script>alert(1)</script>')
    expect(page.text).not.toContain('<img src=x')
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page.text).toContain('href="https://www.dzwww.com/"')
    expect(visibleText(page.text)).toContain('点此')
  })
})
