/**
 * 三审 in a real Chromium against the production build, each person in their own browser: the
 * editor submits; the 责任编辑 passes 初审; the 部门主任 sends it back at 复审 with a comment; the
 * editor revises and resubmits, and the story starts again at 初审; 初审 and 复审 pass, and the
 * 值班总编辑 signs it off (签发) for a minute ahead; the scheduler publishes it, and the article page
 * prints 「责任编辑：张华」 and 「签发：陈静」. Then: a person who holds two stage roles is refused at
 * the second stage of the version they passed, and an administrator hands a stage to someone else.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { formatAdminDate } from '../../src/i18n/adminDates'
import { ADMIN, EDITOR, FINAL, FIRST, REVIEWER, SECOND } from './helpers/accounts'
import { launchBrowser, signInToAdmin } from './helpers/browser'
import {
  createDraftArticle,
  getPage,
  login,
  siteUrl,
  takeStep,
  takeSteps,
  uniqueTitle,
  waitUntil,
  api,
  type Account,
} from './helpers/site'

const BEIJING = 'Asia/Shanghai'

let browser: Browser
const contexts: BrowserContext[] = []

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(inject('artifactsDir'), `${name}.png`), fullPage: false })

/** A newsroom browser in Beijing time, logged in through the admin's own form. */
async function logIntoAdmin(account: Account): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: BEIJING,
  })
  contexts.push(context)
  const page = await context.newPage()
  await signInToAdmin(page, account)
  return page
}

async function openArticle(page: Page, id: number) {
  await page.goto(`${siteUrl()}/admin/collections/articles/${id}`)
  await page.waitForSelector('.workflow-panel .workflow-badge')
}

/** Clicks a button of the review panel and waits for the page to reload and show the new state. */
async function takeAction(page: Page, label: string, comment?: string) {
  await page.waitForSelector('.workflow-panel .workflow-badge')
  if (comment) await page.getByLabel('审稿意见').fill(comment)
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: label, exact: true }).click()])
  await page.waitForSelector('.workflow-panel .workflow-badge')
}

const reviewState = (page: Page) => page.locator('.workflow-panel .workflow-badge').textContent()
const headerState = (page: Page) => page.locator('.review-state-header__value').textContent()

/** The review panel's steps in short: 「初审✓ 复审▶ 终审○」. */
const steps = async (page: Page) => {
  const marks = { done: '✓', current: '▶', upcoming: '○' } as const
  const items = page.locator('.stage-steps__step')
  const out: string[] = []
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i)
    const status = ((await item.getAttribute('class')) ?? '').match(
      /--(done|current|upcoming)/,
    )?.[1] as keyof typeof marks
    out.push(`${await item.getAttribute('data-stage')}${marks[status]}`)
  }
  return out.join(' ')
}

const stepText = (page: Page, stage: string) => page.locator(`.stage-steps__step[data-stage="${stage}"]`).textContent()

/** The first whole minute at least a minute from now, as a datetime-local input in Beijing takes it. */
function aMinuteAhead(): { at: Date; input: string } {
  const at = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000)
  // Beijing is UTC+8 all year.
  return { at, input: new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16) }
}

/** Waits until the newest draft, as the API answers it, satisfies `stored` (autosave has caught up). */
async function untilStored(id: number, stored: (doc: Record<string, unknown>) => boolean) {
  const cookie = await login(EDITOR)
  await waitUntil(async () => {
    const answer = await api<Record<string, unknown>>(`/api/articles/${id}?draft=true&depth=0`, { cookie })
    return answer.status === 200 && stored(answer.body)
  }, 90_000)
}

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('三审', () => {
  it(
    'submitted, passed at 初审, sent back at 复审, resubmitted, passed by three people, signed off for a minute ahead, published with their names',
    { timeout: 600_000 },
    async () => {
      const title = uniqueTitle('三审：高原新校舍')
      const { id, slug } = await createDraftArticle(await login(EDITOR), {
        title,
        blocks: [{ type: 'paragraph', text: '县中学新校舍今秋投入使用。' }],
      })

      // The editor submits: the story waits at 初审.
      const editor = await logIntoAdmin(EDITOR)
      await openArticle(editor, id)
      expect(await steps(editor)).toBe('初审○ 复审○ 终审○')
      await takeAction(editor, '提交审核')
      expect(await reviewState(editor)).toBe('待审')
      await expect.poll(() => headerState(editor)).toBe('待审 · 初审')
      expect(await steps(editor)).toBe('初审▶ 复审○ 终审○')

      // The 责任编辑 finds it in 待我审核 under 初审, with how long it has waited, and passes it.
      const first = await logIntoAdmin(FIRST)
      const atFirst = first.locator('.review-queue__group[data-stage="初审"] .review-queue__item', { hasText: title })
      await expect.poll(() => atFirst.count(), { timeout: 30_000 }).toBe(1)
      expect(await atFirst.locator('.review-queue__waited').textContent()).toMatch(/^(刚刚送达|已等待 \d+ 分钟)$/)
      await shot(first, 'three-stage-queue-first')
      await atFirst.getByRole('link', { name: title }).click()
      await first.waitForSelector('.workflow-panel .workflow-badge')
      // 签发 belongs to the release stage: not offered at 初审.
      expect(await first.getByRole('button', { name: '签发', exact: true }).count()).toBe(0)
      await takeAction(first, '通过')
      expect(await steps(first)).toBe('初审✓ 复审▶ 终审○')
      expect(await stepText(first, '初审')).toContain(FIRST.realName)
      // 复审 is not the 责任编辑's: nothing more for them to pass.
      expect(await first.getByRole('button', { name: '通过', exact: true }).count()).toBe(0)

      // The 部门主任 sends it back with a comment: every approval is gone.
      const second = await logIntoAdmin(SECOND)
      const atSecond = second.locator('.review-queue__group[data-stage="复审"] .review-queue__item', { hasText: title })
      await atSecond.getByRole('link', { name: title }).click()
      await second.waitForSelector('.workflow-panel .workflow-badge')
      await shot(second, 'three-stage-second-opens')
      await takeAction(second, '退回修改', '请补充新校舍的建筑面积。')
      expect(await reviewState(second)).toBe('退回修改')
      expect(await steps(second)).toBe('初审○ 复审○ 终审○')

      // The editor reads the comment, revises and resubmits: it starts again at 初审.
      await editor.reload()
      await editor.waitForSelector('.workflow-panel .workflow-badge')
      await expect
        .poll(() => editor.locator('.workflow-panel details').textContent())
        .toContain('请补充新校舍的建筑面积。')
      await editor.fill('#field-lead', '新校舍建筑面积6000平方米。')
      await untilStored(id, (doc) => doc.lead === '新校舍建筑面积6000平方米。')
      await expect.poll(() => editor.getByRole('button', { name: '提交审核' }).isEnabled()).toBe(true)
      await takeAction(editor, '提交审核')
      expect(await steps(editor)).toBe('初审▶ 复审○ 终审○')

      // 初审 and 复审 again, each by its own person.
      await openArticle(first, id)
      await takeAction(first, '通过')
      await openArticle(second, id)
      await takeAction(second, '通过')
      expect(await steps(second)).toBe('初审✓ 复审✓ 终审▶')

      // The 值班总编辑 sees who passed each stage and signs it off for a minute ahead.
      const chief = await logIntoAdmin(FINAL)
      const atFinal = chief.locator('.review-queue__group[data-stage="终审"] .review-queue__item', { hasText: title })
      await atFinal.getByRole('link', { name: title }).click()
      await chief.waitForSelector('.workflow-panel .workflow-badge')
      expect(await stepText(chief, '初审')).toContain(FIRST.realName)
      expect(await stepText(chief, '复审')).toContain(SECOND.realName)
      // Both ways out of the release stage are offered: approve (and publish later) or sign off.
      expect(await chief.getByRole('button', { name: '通过', exact: true }).count()).toBe(1)
      expect(await chief.locator('.workflow-panel__hint').textContent()).toContain('等待发布')
      const release = aMinuteAhead()
      await chief.getByLabel('发布时间').fill(release.input)
      await shot(chief, 'three-stage-sign-off')
      await takeAction(chief, '签发')
      expect(await reviewState(chief)).toBe('定时发布')
      await expect
        .poll(() => headerState(chief))
        .toBe(`定时发布 · 将于 ${formatAdminDate(release.at, 'dateTime', BEIJING)} 发布`)
      expect(await steps(chief)).toBe('初审✓ 复审✓ 终审✓')
      expect(await stepText(chief, '终审')).toContain(`${FINAL.realName}`)
      expect(await stepText(chief, '终审')).toContain('签发')
      expect((await getPage(`/articles/${slug}`)).status).toBe(404)

      // The scheduler publishes it when the time comes (it looks every 15 seconds).
      await waitUntil(async () => (await getPage(`/articles/${slug}`)).status === 200, 240_000)
      expect(Date.now()).toBeGreaterThanOrEqual(release.at.getTime())

      const reader = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
      contexts.push(reader)
      const story = await reader.newPage()
      await story.goto(`${siteUrl()}/articles/${slug}`)
      const credits = story.locator('.article__credits')
      await expect.poll(() => credits.textContent()).toContain(`责任编辑：${FIRST.realName}`)
      expect(await credits.textContent()).toContain(`签发：${FINAL.realName}`)
      // The 部门主任's stage is not printed (the shipped workflow prints 责任编辑 and 签发).
      expect(await credits.textContent()).not.toContain(SECOND.realName)
      await credits.scrollIntoViewIfNeeded()
      await shot(story, 'three-stage-published-credits')

      // Staff keep the whole chain with its times, and the log names the stage of every step.
      await openArticle(chief, id)
      expect(await reviewState(chief)).toBe('已发布')
      expect(await steps(chief)).toBe('初审✓ 复审✓ 终审✓')
      expect(await stepText(chief, '复审')).toMatch(/· \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
      const log = await chief.locator('.workflow-panel details').textContent()
      for (const step of ['通过（初审）', '退回修改（复审）', '通过（复审）', '签发（终审）'])
        expect(log).toContain(step)
      await shot(chief, 'three-stage-chain')
    },
  )

  it(
    'refuses a person with two stage roles at the second stage of the version they passed',
    { timeout: 300_000 },
    async () => {
      const title = uniqueTitle('一人两审')
      const editorCookie = await login(EDITOR)
      const { id } = await createDraftArticle(editorCookie, { title })
      await takeSteps([[editorCookie, 'submit']], 'articles', id)

      // reviewer@ is 责任编辑, 部门主任 and 值班总编辑 at once: it passes 初审 …
      const both = await logIntoAdmin(REVIEWER)
      await openArticle(both, id)
      await takeAction(both, '通过')
      expect(await steps(both)).toBe('初审✓ 复审▶ 终审○')
      // … and at 复审 is offered no step, and told why.
      expect(await both.getByRole('button', { name: '通过', exact: true }).count()).toBe(0)
      const why = both.locator('.workflow-panel__blocked')
      await expect.poll(() => why.textContent()).toContain('每个阶段须由不同的人审核')
      expect(await why.textContent()).toContain('初审')
      await shot(both, 'three-stage-two-roles-refused')
      // The server answers the same to anyone who tries it another way.
      const refused = await takeStep(await login(REVIEWER), 'articles', id, 'approve')
      expect(refused.status).toBe(403)
      expect(refused.text).toContain('每个阶段须由不同的人审核')

      // An administrator may hand 复审 to another of its people, never to the one who passed 初审.
      const admin = await logIntoAdmin(ADMIN)
      await openArticle(admin, id)
      const handTo = admin.getByLabel('改派给')
      await expect
        .poll(() => handTo.locator('option').allTextContents())
        .toContain(`${SECOND.realName}（${SECOND.email}）`)
      await handTo.selectOption({ label: `${REVIEWER.realName}（${REVIEWER.email}）` })
      await admin.getByRole('button', { name: '改派', exact: true }).click()
      await expect.poll(() => admin.locator('.workflow-panel [role=alert]').textContent()).toContain('不能再审核它')
      await handTo.selectOption({ label: `${SECOND.realName}（${SECOND.email}）` })
      await Promise.all([admin.waitForEvent('load'), admin.getByRole('button', { name: '改派', exact: true }).click()])
      await admin.waitForSelector('.workflow-panel .workflow-badge')
      await expect.poll(() => stepText(admin, '复审')).toContain(`已改派给 ${SECOND.realName}`)
      await shot(admin, 'three-stage-reassigned')

      // The 部门主任 finds it handed to them.
      const second = await logIntoAdmin(SECOND)
      const item = second.locator('.review-queue__group[data-stage="复审"] .review-queue__item', { hasText: title })
      await expect
        .poll(() => item.locator('.review-queue__waited').textContent(), { timeout: 30_000 })
        .toContain('改派给您')
    },
  )
})
