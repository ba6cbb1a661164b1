/**
 * The whole editorial round trip in a real Chromium against the production build, as the
 * newsroom does it: an editor writes in the Chinese admin and submits, the 责任编辑 sends it back
 * with a comment at 初审, the editor revises and resubmits, the 责任编辑 previews and passes 初审,
 * the 部门主任 passes 复审, the 值班总编辑 approves 终审 and publishes, a reader finds it at once,
 * and the 值班总编辑 takes it down again. (Signing off in one step, 签发, is threeStageReview's.)
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { EDITOR, FINAL, FIRST, SECOND } from './helpers/accounts'
import { launchBrowser, signInToAdmin } from './helpers/browser'
import { api, getPage, login, siteUrl, takeSteps, uniqueTitle, waitUntil, type Account } from './helpers/site'

let browser: Browser
let imagePath: string
const contexts: BrowserContext[] = []

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(inject('artifactsDir'), `${name}.png`), fullPage: false })

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' })
  contexts.push(context)
  return context.newPage()
}

async function logIntoAdmin(account: Account): Promise<Page> {
  const page = await newPage()
  await signInToAdmin(page, account)
  return page
}

/** Waits until the newest draft, as the API answers it, satisfies `stored` (autosave has caught up). */
async function untilStored(id: number, stored: (doc: Record<string, unknown>) => boolean) {
  const cookie = await login(EDITOR)
  await waitUntil(async () => {
    const answer = await api<Record<string, unknown>>(`/api/articles/${id}?draft=true&depth=0`, { cookie })
    return answer.status === 200 && stored(answer.body)
  }, 90_000)
}

/** The review panel's state once it has read the newest version. */
const reviewState = (page: Page) => page.locator('.workflow-panel .workflow-badge').textContent()

/** Clicks a button of the review panel and waits for the page to reload and show the new state. */
async function takeAction(page: Page, label: string, comment?: string) {
  await page.waitForSelector('.workflow-panel .workflow-badge')
  if (comment) await page.getByLabel('审稿意见').fill(comment)
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: label, exact: true }).click()])
  await page.waitForSelector('.workflow-panel .workflow-badge')
}

beforeAll(async () => {
  browser = await launchBrowser()
  imagePath = path.join(inject('artifactsDir'), 'cover-upload.png')
  await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#5b8fb9' } })
    .png()
    .toFile(imagePath)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await fs.rm(imagePath, { force: true })
})

describe('from the editor’s draft to the reader and back', () => {
  // Generous: on a busy 2-core machine the admin alone takes tens of seconds to come up.
  it('write, send back, revise, preview, approve, publish, read, take down', { timeout: 300_000 }, async () => {
    const title = uniqueTitle('雪域高原上的新校园')

    // The editor writes an article with a heading, a paragraph and a cover image, in the Chinese admin.
    const editor = await logIntoAdmin(EDITOR)
    expect(await editor.locator('html').getAttribute('lang')).toBe('zh')
    await editor.goto(`${siteUrl()}/admin/collections/articles/create`)
    await editor.fill('#field-kicker', '教育援藏')
    await editor.fill('#field-title', title)
    const body = editor.locator('.ContentEditable__root').first()
    await body.click()
    await editor.keyboard.type('## 新校舍投入使用')
    await editor.keyboard.press('Enter')
    await editor.keyboard.type('投资1300万元新建的县中学多媒体教学楼投入使用。')
    await editor.locator('#field-coverImage').getByText('创建新条目').click()
    await editor.setInputFiles('input[type=file]', imagePath)
    await editor.fill('.drawer #field-alt, dialog #field-alt', '新建成的教学楼')
    await editor.fill('.drawer #field-caption, dialog #field-caption', '县中学多媒体教学楼')
    await editor.locator('dialog, .drawer').getByRole('button', { name: '保存', exact: true }).click()
    await expect.poll(() => editor.locator('#field-coverImage').textContent()).toContain('cover-upload.png')
    // Articles autosave: no button to press, the draft is stored while the editor types.
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+/)
    const id = Number(/articles\/(\d+)/.exec(editor.url())![1])
    await untilStored(id, (doc) => doc.title === title && Boolean(doc.coverImage))
    await editor.waitForSelector('.workflow-panel .workflow-badge')
    await shot(editor, 'editor-draft')
    const slug = await editor.inputValue('#field-slug')
    expect(slug).not.toBe('')
    await takeAction(editor, '提交审核')
    expect(await reviewState(editor)).toBe('待审')

    // The 责任编辑 finds it in 待我审核 under 初审 and sends it back with a comment.
    const reviewer = await logIntoAdmin(FIRST)
    const queued = reviewer.locator('.review-queue__group', { hasText: '初审' }).getByRole('link', { name: title })
    await queued.click()
    await reviewer.waitForSelector('.workflow-panel .workflow-badge')
    await shot(reviewer, 'reviewer-opens-submission')
    await takeAction(reviewer, '退回修改', '请补充教学楼的建成时间。')
    expect(await reviewState(reviewer)).toBe('退回修改')

    // The editor sees the comment, revises and resubmits.
    await editor.reload()
    await editor.waitForSelector('.workflow-panel .workflow-badge')
    await expect.poll(() => editor.locator('.workflow-panel').textContent()).toContain('请补充教学楼的建成时间。')
    await editor.locator('.ContentEditable__root').first().click()
    await editor.keyboard.press('Control+End')
    await editor.keyboard.press('Enter')
    await editor.keyboard.type('教学楼于2021年9月1日建成。')
    await untilStored(id, (doc) => JSON.stringify(doc.body).includes('教学楼于2021年9月1日建成。'))
    await expect.poll(() => editor.getByRole('button', { name: '提交审核' }).isEnabled()).toBe(true)
    await takeAction(editor, '提交审核')
    await shot(editor, 'editor-resubmitted')

    // The 责任编辑 previews the draft exactly as readers will see it; readers still see nothing.
    await reviewer.reload()
    await reviewer.waitForSelector('.workflow-panel .workflow-badge')
    // The admin's 预览 link (it opens a new tab) leads to the preview route for this article.
    const previewLink = await reviewer.locator('a.preview-btn').getAttribute('href')
    expect(previewLink).toBe(`${siteUrl()}/next/preview?path=${encodeURIComponent(`/articles/${slug}`)}`)
    const preview = await reviewer.context().newPage()
    await preview.goto(previewLink!)
    await preview.waitForURL(new RegExp(`/articles/${slug}$`))
    await expect.poll(() => preview.locator('h1').first().textContent()).toBe(title)
    expect(await preview.locator('.preview-banner').textContent()).toContain('预览模式')
    expect(await preview.locator('.body').textContent()).toContain('教学楼于2021年9月1日建成。')
    await shot(preview, 'reviewer-preview')
    expect((await getPage(`/articles/${slug}`)).status).toBe(404)
    await preview.close()

    // The same draft in the admin's live-preview panel, beside the form.
    await reviewer.getByRole('button', { name: '实时预览' }).click()
    const panel = reviewer.frameLocator('iframe').first()
    await expect.poll(() => panel.locator('h1').first().textContent(), { timeout: 60_000 }).toBe(title)
    await shot(reviewer, 'reviewer-live-preview')
    await reviewer.getByRole('button', { name: '实时预览' }).click()

    // 初审 by the 责任编辑, 复审 by the 部门主任, then the 值班总编辑 approves 终审 and publishes: a
    // reader sees it at once.
    await takeAction(reviewer, '通过')
    expect(await reviewState(reviewer)).toBe('待审')
    await takeSteps([[await login(SECOND), 'approve']], 'articles', id)
    const chief = await logIntoAdmin(FINAL)
    await chief.goto(`${siteUrl()}/admin/collections/articles/${id}`)
    await takeAction(chief, '通过')
    expect(await reviewState(chief)).toBe('已通过')
    expect(await chief.locator('.workflow-panel__waiting').textContent()).toContain('等待发布')
    await takeAction(chief, '发布')
    expect(await reviewState(chief)).toBe('已发布')
    await waitUntil(async () => (await getPage('/')).text.includes(title))

    const reader = await newPage({ width: 390, height: 844 })
    await reader.goto(`${siteUrl()}/`)
    await expect.poll(() => reader.getByRole('link', { name: title }).count()).toBe(1)
    await shot(reader, 'reader-home-phone')
    await reader.getByRole('link', { name: title }).click()
    await reader.waitForURL(new RegExp(`/articles/${slug}$`))
    expect(await reader.locator('h1').textContent()).toBe(title)
    expect(await reader.locator('.body h2').textContent()).toBe('新校舍投入使用')
    expect(await reader.locator('figure img').first().getAttribute('alt')).toBe('新建成的教学楼')
    expect(await reader.locator('.preview-banner').count()).toBe(0)
    await shot(reader, 'reader-article-phone')

    // The 值班总编辑 takes it down: it disappears for readers.
    await takeAction(chief, '撤下', '数据待核实，暂时撤下。')
    expect(await reviewState(chief)).toBe('已撤下')
    await waitUntil(async () => !(await getPage('/')).text.includes(title))
    await waitUntil(async () => (await getPage(`/articles/${slug}`)).status === 404)
    const log = await chief.locator('.workflow-panel details').textContent()
    for (const step of ['提交审核', '退回修改', '通过（初审）', '通过（复审）', '通过（终审）', '发布', '撤下']) {
      expect(log).toContain(step)
    }
    await shot(chief, 'reviewer-log')
  })
})
