/**
 * The review assistant in the browser: the 责任编辑 opening an article at 初审 sees the figure that
 * disagrees with the project records, highlighted where it stands, and can approve over it only
 * with a written reason, which the review log keeps (every stage is gated: checksGate.ts).
 */
import type { Browser } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'

import { EDITOR, FIRST } from './helpers/accounts'
import { launchBrowser, signInToAdmin } from './helpers/browser'
import { api, createDraftArticle, login, siteUrl, takeSteps, uniqueTitle } from './helpers/site'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

it(
  'a wrong figure is shown to the reviewer, and approving over it takes a reason that is logged',
  { timeout: 300_000 },
  async () => {
    const editor = await login(EDITOR)
    const school = await api<{ docs: { id: number; investment: number }[] }>(
      `/api/projects?where[name][equals]=${encodeURIComponent('县中学多媒体教学楼')}&depth=0`,
    )
    const project = school.body.docs[0]!
    expect(project.investment).toBe(1300)
    const article = await createDraftArticle(editor, {
      title: uniqueTitle('县中学教学楼投入使用'),
      relatedProjects: [project.id],
      blocks: [{ type: 'paragraph', text: '投资1350万元新建的县中学多媒体教学楼投入使用。' }],
    })
    await takeSteps([[editor, 'submit']], 'articles', article.id)

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await signInToAdmin(page, FIRST)
    await page.goto(`${siteUrl()}/admin/collections/articles/${article.id}`)

    const flagged = page.locator('.check-findings details[open] mark').first()
    await expect.poll(() => flagged.textContent(), { timeout: 30_000 }).toBe('1350万元')
    expect(await page.locator('.check-findings details[open]').textContent()).toContain('1300')
    await page.locator('.check-findings').scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(inject('artifactsDir'), 'reviewer-checks.png') })

    const approve = page.getByRole('button', { name: '通过', exact: true })
    expect(await approve.isDisabled()).toBe(true)
    await page.getByLabel('忽略核查的理由').fill('已与工作组核实：含追加投资50万元。')
    await expect.poll(() => approve.isEnabled()).toBe(true)
    await Promise.all([page.waitForEvent('load'), approve.click()])
    await page.waitForSelector('.workflow-panel .workflow-badge')
    // 初审 is passed: the article waits at 复审 for the 部门主任.
    expect(await page.locator('.workflow-panel .workflow-badge').textContent()).toBe('待审')
    expect(await page.locator('.stage-steps__step--done').first().textContent()).toContain('初审')
    expect(await page.locator('.stage-steps__step--current').textContent()).toContain('复审')
    expect(await page.locator('.workflow-panel details').textContent()).toContain('已与工作组核实：含追加投资50万元。')
    await context.close()
  },
)
