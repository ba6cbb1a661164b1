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
import { launchBrowser, signInToAdmin } from './helpers/browser'
import { api, createDraftArticle, login, siteUrl, uniqueTitle, type Account } from './helpers/site'

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
  await signInToAdmin(page, account)
  return { context, page }
}

async function openArticle(page: Page, id: number) {
  await page.goto(`${siteUrl()}/admin/collections/articles/${id}`)
  await page.waitForSelector('#field-lead')
}

/** The lead of the newest version, as stored. */
const newestLead = async (id: number) =>
  (
    await query<{ lead: string }>(
      'SELECT version_lead AS lead FROM _articles_v WHERE parent_id = $1 ORDER BY updated_at DESC LIMIT 1',
      [id],
    )
  )[0]?.lead

/** Waits until the admin's autosave has stored what was typed. */
const waitForAutosave = (id: number, lead: string) => expect.poll(() => newestLead(id), { timeout: 60_000 }).toBe(lead)

const versionCount = async (id: number) =>
  (await query<{ n: number }>('SELECT count(*)::int AS n FROM _articles_v WHERE parent_id = $1', [id]))[0]!.n

/** When the article went into the trash (null: it is not there). */
const deletedAt = async (id: number) =>
  (await query<{ deleted: Date | null }>('SELECT deleted_at AS deleted FROM articles WHERE id = $1', [id]))[0]?.deleted

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

    const colleague = { email: `colleague-${Date.now()}@example.com`, password: EDITOR.password }
    const created = await api('/api/users', {
      method: 'POST',
      cookie: await login(ADMIN),
      body: { ...colleague, name: '编辑 李青', roles: ['editor'] },
    })
    expect(created.status).toBe(201)
    // The admin takes the lock with a request of its own after the page opens; on a busy machine
    // it can land after the colleague's page has looked, so wait until it is stored.
    await expect
      .poll(
        async () => (await query('SELECT 1 FROM payload_locked_documents_rels WHERE articles_id = $1', [id])).length,
        { timeout: 60_000 },
      )
      .toBeGreaterThan(0)
    const second = (await loggedIn(colleague)).page
    await openArticle(second, id)
    const dialog = second.getByRole('dialog').filter({ hasText: '正在编辑' })
    await expect.poll(() => dialog.count(), { timeout: 60_000 }).toBeGreaterThan(0)
    // Payload's lock dialog names the holder by their login.
    expect(await dialog.first().textContent()).toContain(EDITOR.email)
    await shot(second, 'lock-held-by-editor')
  })

  /**
   * The editor opens an article and starts on the lead, then leaves the tab for longer than the
   * lock lasts; the administrator rewrites the lead meanwhile and leaves; the editor comes back
   * and types on the old copy. Returns the editor's page with the conflict dialog open.
   */
  async function conflictOnTheLead(title: string) {
    const editorCookie = await login(EDITOR)
    const { id } = await createDraftArticle(editorCookie, { title: uniqueTitle(title), lead: '原来的导语' })
    const editor = (await loggedIn(EDITOR)).page
    await openArticle(editor, id)
    await editor.fill('#field-lead', '编辑的第一稿导语')
    await waitForAutosave(id, '编辑的第一稿导语')
    // Five minutes without a keystroke end a lock: the lock is aged in the database.
    await query(`UPDATE payload_locked_documents SET updated_at = now() - interval '10 minutes'`)

    const { context: adminContext, page: admin } = await loggedIn(ADMIN)
    await openArticle(admin, id)
    await admin.fill('#field-lead', '管理员改写的导语')
    await waitForAutosave(id, '管理员改写的导语')
    // The administrator is done and closes the tab; their lock lapses too.
    await adminContext.close()
    await query(`UPDATE payload_locked_documents SET updated_at = now() - interval '10 minutes'`)

    await editor.fill('#field-lead', '编辑回来后继续写的导语')
    const dialog = editor.getByRole('dialog', { name: '稿件已被他人修改' })
    await dialog.waitFor({ timeout: 30_000 })
    return { id, editor, dialog }
  }

  it(
    'opens the conflict dialog on a save based on an older copy, and keeps both texts',
    { timeout: 240_000 },
    async () => {
      const { id, editor, dialog } = await conflictOnTheLead('两人同改')
      expect(await dialog.textContent()).toContain(ADMIN.name)
      expect(await dialog.locator('.edit-conflict__mine').inputValue()).toContain('编辑回来后继续写的导语')
      expect(await dialog.locator('.edit-conflict__theirs').inputValue()).toContain('管理员改写的导语')
      await shot(editor, 'edit-conflict-dialog')
      // Nothing of the editor's overwrote the administrator's version.
      expect(await newestLead(id)).toBe('管理员改写的导语')

      // Loading the newer version keeps the editor's own text on the page, for copying.
      await Promise.all([editor.waitForEvent('load'), dialog.getByRole('button', { name: /加载最新版本/ }).click()])
      await editor.waitForSelector('#field-lead')
      expect(await editor.inputValue('#field-lead')).toBe('管理员改写的导语')
      expect(await editor.locator('.edit-conflict-kept textarea').inputValue()).toContain('编辑回来后继续写的导语')
      await shot(editor, 'edit-conflict-kept-text')
    },
  )

  it('overwrites the newer version only when the editor chooses to, having seen it', { timeout: 240_000 }, async () => {
    const { id, dialog } = await conflictOnTheLead('有意覆盖')
    await dialog.getByRole('button', { name: '用我的文字覆盖' }).click()
    await waitForAutosave(id, '编辑回来后继续写的导语')
    await expect.poll(() => dialog.count()).toBe(0)
  })
})

describe('autosave', () => {
  it('keeps what was typed when the tab is closed without saving', { timeout: 180_000 }, async () => {
    const editorCookie = await login(EDITOR)
    const { id } = await createDraftArticle(editorCookie, { title: uniqueTitle('自动保存') })
    const { context, page } = await loggedIn(EDITOR)
    await openArticle(page, id)
    await page.fill('#field-lead', '第一段打字')
    await waitForAutosave(id, '第一段打字')
    const versionsAfterFirstAutosave = await versionCount(id)
    await page.fill('#field-lead', '第二段打字')
    await waitForAutosave(id, '第二段打字')
    await page.fill('#field-lead', '一小时的打字，浏览器崩溃前自动保存')
    await waitForAutosave(id, '一小时的打字，浏览器崩溃前自动保存')
    // Autosave updates its one version in place: the history shows saves, not keystrokes.
    expect(await versionCount(id)).toBe(versionsAfterFirstAutosave)
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
    await expect.poll(() => deletedAt(id), { timeout: 60_000 }).not.toBeNull()

    await admin.goto(`${siteUrl()}/admin/collections/articles/trash`)
    await admin.getByText(title).first().waitFor({ timeout: 60_000 })
    await shot(admin, 'trash-view')
    await admin.goto(`${siteUrl()}/admin/collections/articles/trash/${id}`)
    await admin.getByRole('button', { name: '恢复' }).first().click()
    await admin
      .getByRole('dialog')
      .getByRole('button', { name: /恢复|确认/ })
      .first()
      .click()
    await expect.poll(() => deletedAt(id), { timeout: 60_000 }).toBeNull()
    await shot(admin, 'trash-restored')
    const log = await query<{ action: string }>(
      "SELECT action FROM reviews WHERE document_collection = 'articles' AND document_id = $1 ORDER BY id",
      [id],
    )
    expect(log.map((entry) => entry.action)).toEqual(['trash', 'restore'])
  })
})
