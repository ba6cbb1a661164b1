/**
 * An admin a Chinese newsroom recognises, in a real Chromium against the production build:
 * dates written 2026年12月1日 17:57 in lists and documents; an avatar drawn in the page, with not one
 * request leaving the site while the admin loads (an intranet reaches no Gravatar); one status
 * column, the review state, which a taken-down story and one waiting for review both show truly;
 * no publication control outside the review panel, for editor and reviewer alike; and the review
 * state in the document's header.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { formatAdminDate } from '../../src/i18n/adminDates'
import { EDITOR, REVIEWER } from './helpers/accounts'
import { launchBrowser, signInToAdmin } from './helpers/browser'
import {
  api,
  createDraftArticle,
  login,
  passAllStages,
  publishThroughWorkflow,
  releaseCookie,
  siteUrl,
  takeStep,
  takeSteps,
  uniqueTitle,
  type Account,
} from './helpers/site'

const BEIJING = 'Asia/Shanghai'
/** 17:57 in Beijing: the instant from the issue. */
const PUBLISHED_AT = '2026-12-01T09:57:00.000Z'
const DATE_TIME = /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/
/** Any control that would publish, schedule or take down, in either admin language. */
const PUBLICATION = /发布|预约|publish|schedule/i

let browser: Browser
const contexts: BrowserContext[] = []
let tag: string
let takenDown: number
let inReview: number
let editorCookie: string
let reviewerCookie: string

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(inject('artifactsDir'), `${name}.png`), fullPage: false })

interface Session {
  page: Page
  /** Every URL the browser asked for since the context opened. */
  requested: string[]
}

/** A newsroom browser in Beijing time, logged in through the admin's own form; Chinese unless told otherwise. */
async function loggedIn(account: Account, language: 'zh' | 'en' = 'zh'): Promise<Session> {
  const locale = language === 'zh' ? 'zh-CN' : 'en-US'
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale, timezoneId: BEIJING })
  contexts.push(context)
  // The admin opens in Chinese whatever the browser asks for; a user's choice of English is this cookie.
  if (language === 'en') await context.addCookies([{ name: 'payload-lng', value: 'en', url: siteUrl() }])
  const requested: string[] = []
  context.on('request', (request) => requested.push(request.url()))
  const page = await context.newPage()
  await signInToAdmin(page, account)
  return { page, requested }
}

const listOf = async (page: Page, collection: string, search?: string) => {
  await page.goto(
    `${siteUrl()}/admin/collections/${collection}${search ? `?search=${encodeURIComponent(search)}` : ''}`,
  )
  await page.waitForSelector('table tbody tr td.cell-workflowStatus')
}

const cell = (page: Page, id: number, column: string) =>
  page
    .locator(`tr[data-id="${id}"] td.cell-${column}`)
    .textContent()
    .then((text) => text?.trim())

async function openArticle(page: Page, id: number) {
  await page.goto(`${siteUrl()}/admin/collections/articles/${id}`)
  await page.waitForSelector('.review-state-header__value')
}

const headerState = (page: Page) => page.locator('.review-state-header__value').textContent()

/**
 * Every button, link and menu item of the edit view outside the review panel that names
 * publication, after opening the document menu. Hidden ones count too: a control in the page is
 * a control someone can reach.
 */
async function publicationControlsOutsidePanel(page: Page): Promise<string[]> {
  await page.locator('.doc-controls__dots').click()
  // The menu is drawn into the page's body when it first opens.
  await page.locator('.popup__content').first().waitFor()
  const labels = await page
    .locator('button, a, [role="menuitem"], [role="button"], [role="option"]')
    .evaluateAll((elements) =>
      elements
        .filter((element) => !element.closest('.workflow-panel'))
        .map((element) => `${element.textContent ?? ''} ${element.getAttribute('aria-label') ?? ''}`.trim()),
    )
  await page.keyboard.press('Escape')
  return labels.filter((label) => PUBLICATION.test(label))
}

/** When the version readers see was saved, as the API says: the header names it. */
async function liveSince(id: number): Promise<string> {
  const live = await api<{ updatedAt: string; _status: string }>(`/api/articles/${id}?depth=0`, {
    cookie: reviewerCookie,
  })
  expect(live.body._status).toBe('published')
  return live.body.updatedAt
}

const newestUpdatedAt = async (id: number) =>
  (await api<{ updatedAt: string }>(`/api/articles/${id}?draft=true&depth=0`, { cookie: editorCookie })).body.updatedAt

beforeAll(async () => {
  browser = await launchBrowser()
  editorCookie = await login(EDITOR)
  reviewerCookie = await login(REVIEWER)
  tag = uniqueTitle('新闻台')

  // A story published on 1 December and taken down again: Payload's own status called it a draft with a published version.
  takenDown = (await createDraftArticle(editorCookie, { title: `${tag}撤下的稿件`, publishedAt: PUBLISHED_AT })).id
  // Each stage passed by its own person; the 值班总编辑 publishes it, then takes it down.
  await takeSteps([[editorCookie, 'submit']], 'articles', takenDown)
  await passAllStages('articles', takenDown)
  const final = await releaseCookie()
  await takeSteps(
    [
      [final, 'publish'],
      [final, 'unpublish'],
    ],
    'articles',
    takenDown,
  )

  // A live story whose edit waits for review: readers still see the version published before.
  inReview = (await createDraftArticle(editorCookie, { title: `${tag}修改待审的稿件` })).id
  await publishThroughWorkflow(editorCookie, 'articles', inReview)
  const edited = await api(`/api/articles/${inReview}?draft=true`, {
    method: 'PATCH',
    cookie: editorCookie,
    body: { lead: '编辑改写的导语，等待审稿。' },
  })
  expect(edited.status).toBe(200)
  expect((await takeStep(editorCookie, 'articles', inReview, 'submit')).status).toBe(200)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('the admin a Chinese newsroom recognises', () => {
  it('loads with an initial for an avatar and asks nothing of any other site', { timeout: 180_000 }, async () => {
    const { page, requested } = await loggedIn(EDITOR)
    const account = page.locator('.app-header__account')
    await expect.poll(() => account.locator('.initials-avatar').textContent()).toBe('王')
    expect(await account.locator('img').count()).toBe(0)
    await listOf(page, 'articles', tag)
    await openArticle(page, inReview)
    await shot(page, 'admin-newsroom-avatar')

    const origin = new URL(siteUrl()).origin
    const web = requested.filter((url) => /^(https?|wss?):/.test(url))
    expect(web.length).toBeGreaterThan(10)
    expect(web.filter((url) => new URL(url).origin !== origin)).toEqual([])
  })

  it('writes dates as 2026年12月1日 17:57 in the list and in the document', { timeout: 180_000 }, async () => {
    const { page } = await loggedIn(EDITOR)
    await listOf(page, 'articles', tag)
    // Payload writes "Loading..." until the browser has loaded its date locale.
    await expect.poll(() => cell(page, takenDown, 'publishedAt')).toBe('2026年12月1日 17:57')
    const updatedAt = formatAdminDate(await newestUpdatedAt(takenDown), 'dateTime', BEIJING)
    expect(await cell(page, takenDown, 'updatedAt')).toBe(updatedAt)
    expect(await cell(page, inReview, 'updatedAt')).toMatch(DATE_TIME)
    await shot(page, 'admin-newsroom-list')

    await openArticle(page, takenDown)
    await expect.poll(() => page.inputValue('#field-publishedAt input')).toBe('2026年12月1日 17:57')
    const lastModified = page.locator('.doc-controls__list-item').filter({ hasText: '最后修改时间' })
    await expect
      .poll(() =>
        lastModified
          .locator('.doc-controls__value')
          .textContent()
          .then((text) => text?.trim()),
      )
      .toMatch(DATE_TIME)
    // The review log writes its times the same way.
    const log = await page.locator('.workflow-panel details li').first().textContent()
    expect(log).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} · /)
  })

  it('shows one status column, the review state, in articles, projects and honors', { timeout: 180_000 }, async () => {
    const { page } = await loggedIn(EDITOR)
    await listOf(page, 'articles', tag)
    expect(await cell(page, takenDown, 'workflowStatus')).toBe('已撤下')
    // A submission waits at its first stage: the badge names it.
    expect(await cell(page, inReview, 'workflowStatus')).toBe('待审 · 初审')
    // Payload's draft/published column is gone, and cannot be chosen back.
    await page.locator('#toggle-list-columns').click()
    const choices = () =>
      page
        .locator('.pill-selector__pill')
        .allTextContents()
        .then((labels) => labels.map((label) => label.trim()))
    await expect.poll(choices).toContain('审稿状态')
    expect(await choices()).not.toContain('状态')

    for (const collection of ['articles', 'projects', 'honors']) {
      await listOf(page, collection)
      expect(await page.locator('#heading-_status').count()).toBe(0)
      expect(await page.locator('#heading-workflowStatus').count()).toBe(1)
      const states = await page.locator('td.cell-workflowStatus').allTextContents()
      for (const state of states)
        expect(['草稿', '待审', '已通过', '已发布', '退回修改', '定时发布', '已撤下']).toContain(state.split(' · ')[0])
    }
    await shot(page, 'admin-newsroom-honors')
  })

  it('states the review state in the document header', { timeout: 180_000 }, async () => {
    const { page } = await loggedIn(REVIEWER)
    await openArticle(page, inReview)
    const since = formatAdminDate(await liveSince(inReview), 'dateTime', BEIJING)
    await expect.poll(() => headerState(page)).toBe(`待审 · 初审 · 已发布版本 ${since}`)
    await shot(page, 'admin-newsroom-header-in-review')
    await openArticle(page, takenDown)
    await expect.poll(() => headerState(page)).toBe('已撤下')
    // Payload's own status, and its "revert to published", are not shown beside it.
    const controls = await page.locator('.doc-controls').textContent()
    expect(controls).not.toContain('草稿（有已发布版本）')
    expect(await page.locator('#action-revert-to-published').count()).toBe(0)
  })

  for (const [role, account] of [
    ['an editor', EDITOR],
    ['a reviewer', REVIEWER],
  ] as const) {
    it(`offers ${role} no publication control outside the review panel`, { timeout: 180_000 }, async () => {
      const { page } = await loggedIn(account)
      for (const id of [inReview, takenDown]) {
        await openArticle(page, id)
        expect(await publicationControlsOutsidePanel(page)).toEqual([])
      }
      await shot(page, `admin-newsroom-menu-${account === EDITOR ? 'editor' : 'reviewer'}`)

      // Nor in the list's selection bar: deleting stays, publishing and unpublishing do not show.
      await listOf(page, 'articles', tag)
      await page.locator(`tr[data-id="${inReview}"] td.cell-_select input[type=checkbox]`).check()
      await expect.poll(() => page.locator('.list-selection').isVisible()).toBe(true)
      const selectionBar = await page
        .locator('.list-selection button')
        .evaluateAll((buttons) =>
          buttons.filter((button) => (button as HTMLElement).offsetParent !== null).map((button) => button.textContent),
        )
      expect(selectionBar.some((label) => label?.includes('删除'))).toBe(true)
      expect(selectionBar.filter((label) => PUBLICATION.test(label ?? ''))).toEqual([])
    })
  }

  it('reads sensibly in the English admin: the same dates, English states', { timeout: 180_000 }, async () => {
    const { page } = await loggedIn(EDITOR, 'en')
    await listOf(page, 'articles', tag)
    expect(await cell(page, takenDown, 'workflowStatus')).toBe('Taken down')
    await expect.poll(() => cell(page, takenDown, 'publishedAt')).toBe('2026年12月1日 17:57')
    await openArticle(page, inReview)
    const since = formatAdminDate(await liveSince(inReview), 'dateTime', BEIJING)
    await expect.poll(() => headerState(page)).toBe(`In review · First review · published version of ${since}`)
    await shot(page, 'admin-newsroom-english')
  })
})
