/**
 * Many hands on one story, in a real Chromium against the production build: a second editor
 * sees who holds a document; a save based on an older copy opens the conflict dialog with both
 * texts and loses neither; autosave keeps what was typed when the tab is closed; a deleted
 * article goes to the recycle bin and comes back from it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ADMIN, EDITOR } from './helpers/accounts'
import { launchBrowser } from './helpers/browser'
import { createDraftArticle, login, siteUrl, uniqueTitle, type Account } from './helpers/site'

let browser: Browser
const contexts: BrowserContext[] = []

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(inject('artifactsDir'), `${name}.png`), fullPage: false })

async function query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

async function loggedIn(account: Account): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${siteUrl()}/admin/login`)
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
  return { context, page }
}

async function openArticle(page: Page, id: number) {
  await page.goto(`${siteUrl()}/admin/collections/articles/${id}`)
  await page.waitForSelector('#field-lead')
}

/** Waits until the admin's autosave has stored what was typed (its indicator says 上次保存). */
async function waitForAutosave(page: Page, id: number, lead: string) {
  await expect
    .poll(
      async () =>
        (
          await query<{ lead: string }>(
            'SELECT version_lead AS lead FROM _articles_v WHERE parent_id = $1 ORDER BY updated_at DESC LIMIT 1',
            [id],
          )
        )[0]?.lead,
      { timeout: 20_000 },
    )
    .toBe(lead)
}

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('two people on one article', () => {
  it('shows a second editor who is editing the article', { timeout: 180_000 }, async () => {
    const editorCookie = await login(EDITOR)
    const { id } = await createDraftArticle(editorCookie, { title: uniqueTitle('有人正在编辑') })
    const editor = (await loggedIn(EDITOR)).page
    await openArticle(editor, id)
    await editor.fill('#field-lead', '编辑正在写导语')

    const admin = (await loggedIn(ADMIN)).page
    await openArticle(admin, id)
    const dialog = admin.getByRole('dialog').filter({ hasText: '正在编辑' })
    await expect.poll(() => dialog.count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await dialog.first().textContent()).toContain(EDITOR.name)
    await shot(admin, 'lock-held-by-editor')
  })

  it(
    'opens the conflict dialog on a save based on an older copy, and keeps both texts',
    { timeout: 240_000 },
    async () => {
      const editorCookie = await login(EDITOR)
      const { id } = await createDraftArticle(editorCookie, { title: uniqueTitle('两人同改'), lead: '原来的导语' })

      // The editor opens the article and starts on the lead, then goes to a meeting with the tab open.
      const editor = (await loggedIn(EDITOR)).page
      await openArticle(editor, id)
      await editor.fill('#field-lead', '编辑的第一稿导语')
      await waitForAutosave(editor, id, '编辑的第一稿导语')
      // …long enough for the lock to lapse (five minutes): the lock is aged in the database.
      await query(`UPDATE payload_locked_documents SET updated_at = now() - interval '10 minutes'`)

      // The administrator opens it meanwhile, rewrites the lead, and it is saved.
      const admin = (await loggedIn(ADMIN)).page
      await openArticle(admin, id)
      await admin.fill('#field-lead', '管理员改写的导语')
      await waitForAutosave(admin, id, '管理员改写的导语')

      // The editor comes back and types on the old copy: the save is refused, the dialog says why.
      await editor.fill('#field-lead', '编辑回来后继续写的导语')
      const dialog = editor.getByRole('dialog', { name: '稿件已被他人修改' })
      await dialog.waitFor({ timeout: 30_000 })
      expect(await dialog.textContent()).toContain(ADMIN.name)
      expect(await dialog.locator('.edit-conflict__mine').inputValue()).toContain('编辑回来后继续写的导语')
      expect(await dialog.locator('.edit-conflict__theirs').inputValue()).toContain('管理员改写的导语')
      await shot(editor, 'edit-conflict-dialog')
      // Nothing of the editor's overwrote the administrator's version.
      const [stored] = await query<{ lead: string }>(
        'SELECT version_lead AS lead FROM _articles_v WHERE parent_id = $1 ORDER BY updated_at DESC LIMIT 1',
        [id],
      )
      expect(stored!.lead).toBe('管理员改写的导语')

      // Loading the newer version keeps the editor's own text on the page, for copying.
      await Promise.all([editor.waitForEvent('load'), dialog.getByRole('button', { name: /加载最新版本/ }).click()])
      await editor.waitForSelector('#field-lead')
      expect(await editor.inputValue('#field-lead')).toBe('管理员改写的导语')
      expect(await editor.locator('.edit-conflict-kept textarea').inputValue()).toContain('编辑回来后继续写的导语')
      await shot(editor, 'edit-conflict-kept-text')
    },
  )
})

describe('autosave', () => {
  it('keeps what was typed when the tab is closed without saving', { timeout: 180_000 }, async () => {
    const editorCookie = await login(EDITOR)
    const { id } = await createDraftArticle(editorCookie, { title: uniqueTitle('自动保存') })
    const { context, page } = await loggedIn(EDITOR)
    await openArticle(page, id)
    await page.fill('#field-lead', '一小时的打字，浏览器崩溃前自动保存')
    await waitForAutosave(page, id, '一小时的打字，浏览器崩溃前自动保存')
    await context.close()

    const again = (await loggedIn(EDITOR)).page
    await openArticle(again, id)
    expect(await again.inputValue('#field-lead')).toBe('一小时的打字，浏览器崩溃前自动保存')
    // Autosave never publishes.
    const [row] = await query<{ status: string | null }>('SELECT _status AS status FROM articles WHERE id = $1', [id])
    expect(row!.status).not.toBe('published')
  })
})

describe('the recycle bin', () => {
  it('moves a deleted article to the trash and restores it from there', { timeout: 180_000 }, async () => {
    const editorCookie = await login(EDITOR)
    const title = uniqueTitle('回收站里的稿件')
    const { id } = await createDraftArticle(editorCookie, { title })
    const admin = (await loggedIn(ADMIN)).page
    await openArticle(admin, id)
    await admin.locator('.doc-controls__popup button, .popup-button').first().click()
    await admin.getByRole('button', { name: /删除/ }).first().click()
    await shot(admin, 'trash-confirm')
    await admin
      .getByRole('dialog')
      .getByRole('button', { name: /确认|删除|移至/ })
      .first()
      .click()
    await expect
      .poll(
        async () =>
          (await query<{ deleted: Date | null }>('SELECT deleted_at AS deleted FROM articles WHERE id = $1', [id]))[0]
            ?.deleted,
        { timeout: 15_000 },
      )
      .not.toBeNull()

    await admin.goto(`${siteUrl()}/admin/collections/articles/trash`)
    await admin.getByText(title).first().waitFor({ timeout: 15_000 })
    await shot(admin, 'trash-view')
    await admin.goto(`${siteUrl()}/admin/collections/articles/trash/${id}`)
    await admin.getByRole('button', { name: '恢复' }).first().click()
    await admin
      .getByRole('dialog')
      .getByRole('button', { name: /恢复|确认/ })
      .first()
      .click()
    await expect
      .poll(
        async () =>
          (await query<{ deleted: Date | null }>('SELECT deleted_at AS deleted FROM articles WHERE id = $1', [id]))[0]
            ?.deleted,
        { timeout: 15_000 },
      )
      .toBeNull()
    await shot(admin, 'trash-restored')
  })
})
