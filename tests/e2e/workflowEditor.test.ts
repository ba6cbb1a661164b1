/**
 * An administrator changes the review stages in the admin, without code, in a real Chromium
 * against the production build: a definition the workflow could not run (no release stage) is
 * refused with the reason on the screen and nothing saved; a renamed stage is saved, and the next
 * document submitted enters it under its new name. The definition is put back afterwards, so the
 * other browser tests (run one file at a time) see the shipped stages.
 */
import type { Browser, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ADMIN, EDITOR } from './helpers/accounts'
import { launchBrowser, signInToAdmin } from './helpers/browser'
import { api, login, takeStep, uniqueTitle } from './helpers/site'

interface StoredStage {
  id: string
  name: string
  nameEn?: string | null
  roles: string[]
  commentRequired?: boolean | null
  release?: boolean | null
  printedAs?: string | null
}
interface StoredWorkflow {
  id: number
  stages: StoredStage[]
}

let browser: Browser
let page: Page
let adminCookie: string
let original: StoredWorkflow

const honorsWorkflow = async (): Promise<StoredWorkflow> => {
  const found = await api<{ docs: StoredWorkflow[] }>('/api/workflows?where[collection][equals]=honors&depth=0', {
    cookie: adminCookie,
  })
  const doc = found.body.docs[0]
  if (!doc) throw new Error('no workflow for honors')
  return doc
}

const shot = (name: string) =>
  page.screenshot({ path: path.join(inject('artifactsDir'), `${name}.png`), fullPage: false })

beforeAll(async () => {
  adminCookie = await login(ADMIN)
  original = await honorsWorkflow()
  browser = await launchBrowser()
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN' })
  page = await context.newPage()
  await signInToAdmin(page, ADMIN)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  if (original) {
    await api(`/api/workflows/${original.id}`, {
      method: 'PATCH',
      cookie: adminCookie,
      body: { stages: original.stages },
    })
  }
})

describe('the workflow editor (系统 → 审稿流程)', () => {
  it('lists one workflow per editorial collection', async () => {
    await page.goto(`${inject('siteUrl')}/admin/collections/workflows`)
    await page.getByText('审稿流程').first().waitFor()
    for (const name of ['报道', '援藏项目', '荣誉'])
      await expect(page.getByText(name).first().isVisible()).resolves.toBe(true)
  })

  it('refuses a workflow without a release stage, saying why, and saves nothing', async () => {
    await page.goto(`${inject('siteUrl')}/admin/collections/workflows/${original.id}`)
    const release = page.locator('#field-stages__1__release')
    await release.waitFor()
    expect(await release.isChecked()).toBe(true)
    await release.uncheck()
    await page.click('#action-save')
    await page.getByText('需要指定签发阶段').first().waitFor({ timeout: 15_000 })
    await shot('workflow-editor-refused')
    expect((await honorsWorkflow()).stages.map((stage) => Boolean(stage.release))).toEqual([false, true])
  })

  it('saves a renamed stage, and the next document submitted enters it under the new name', async () => {
    await page.goto(`${inject('siteUrl')}/admin/collections/workflows/${original.id}`)
    const name = page.locator('#field-stages__0__name')
    await name.waitFor()
    await name.fill('初审（资料核实）')
    await page.click('#action-save')
    await page
      .getByText(/成功|已保存/)
      .first()
      .waitFor({ timeout: 15_000 })
    await shot('workflow-editor-saved')
    const saved = await honorsWorkflow()
    expect(saved.stages.map((stage) => stage.name)).toEqual(['初审（资料核实）', '终审'])
    // The stage keeps its key: documents already at it are still at it.
    expect(saved.stages.map((stage) => stage.id)).toEqual(original.stages.map((stage) => stage.id))

    const editor = await login(EDITOR)
    const created = await api<{ doc: { id: number } }>('/api/honors?draft=true', {
      method: 'POST',
      cookie: editor,
      body: { title: uniqueTitle('流程改名后的荣誉'), level: 'county', awardedBy: '昂仁县委', year: 2022 },
    })
    expect(created.status).toBe(201)
    expect((await takeStep(editor, 'honors', created.body.doc.id, 'submit')).status).toBe(200)
    const stored = await api<{ reviewStage: { name: { zh: string } } }>(
      `/api/honors/${created.body.doc.id}?draft=true&depth=0`,
      { cookie: adminCookie },
    )
    expect(stored.body.reviewStage.name.zh).toBe('初审（资料核实）')
  })
})
