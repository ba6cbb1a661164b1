import { hasAutosaveEnabled, hasDraftsEnabled } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NO_DRAFTS } from '../../src/globals/noDrafts/refuseDraftSaves'
import { SAVED_AND_LIVE } from '../../src/globals/noDrafts/savedAndLiveEndpoint'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { REVIEWER } from './helpers/workflows'
import { signIn } from './helpers/users'

/**
 * The `column` global has no drafts (src/globals/Column.ts): a save is live at once, and every
 * answer says so. The requests are the admin's own (its form posts to the global's URL with these
 * query parameters; its draft button and autosave would add draft=true and autosave=true).
 */
let ctx: TestContext
let admin: string
let reviewer: string
let editor: string

beforeAll(async () => {
  ctx = await startTestPayload()
  admin = await signIn(ctx, ['admin'])
  reviewer = await signIn(ctx, REVIEWER)
  editor = await signIn(ctx, ['editor'])
  await ctx.payload.updateGlobal({ slug: 'column', data: { name: '穿越喜马拉雅的守望', tagline: '原来的副题' } })
})
afterAll(() => ctx?.close())

const ADMIN_SAVE = '/globals/column?depth=0&fallback-locale=null&locale=zh'
const stored = async () =>
  (await ctx.db.query<{ tagline: string; updated_at: Date }>('SELECT tagline, updated_at FROM "column"'))[0]
const publicTagline = async () => (await ctx.rest.get('/globals/column')).body.tagline

describe('the column global in the admin', () => {
  it('has no drafts and no autosave, so the admin shows a Save button only', () => {
    const column = ctx.payload.config.globals.find((global) => global.slug === 'column')!
    // The admin's document controls decide on the draft button and autosave with these two checks.
    expect(hasDraftsEnabled(column)).toBe(false)
    expect(hasAutosaveEnabled(column)).toBe(false)
  })

  it.each([
    ['an admin', () => admin],
    ['a reviewer', () => reviewer],
  ])('answers a save by %s that it is saved and live, and it is: anonymous readers see it', async (_who, token) => {
    const tagline = `新的副题 ${Math.random()}`
    const response = await ctx.rest.post(ADMIN_SAVE, { tagline }, token())
    expect(response.status).toBe(200)
    expect(response.body.message).toBe(SAVED_AND_LIVE)
    expect(response.body.message).not.toMatch(/草稿|draft/i)
    expect(response.body.result.tagline).toBe(tagline)
    expect((await stored()).tagline).toBe(tagline)
    expect(await publicTagline()).toBe(tagline)
  })

  it('passes a refused save through unchanged, without claiming it is live', async () => {
    const before = await stored()
    const response = await ctx.rest.post(ADMIN_SAVE, { workGroupSize: -3 }, admin)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).not.toContain(SAVED_AND_LIVE)
    expect(await stored()).toEqual(before)
    const byEditor = await ctx.rest.post(ADMIN_SAVE, { tagline: '编辑不能改' }, editor)
    expect(byEditor.status).toBe(403)
    expect(await stored()).toEqual(before)
  })
})

describe('a request for a draft of the column', () => {
  it.each([
    ['a draft save (?draft=true)', `${ADMIN_SAVE}&draft=true`],
    ['an autosave (?autosave=true&draft=true)', `${ADMIN_SAVE}&autosave=true&draft=true`],
    ['an autosave without draft', `${ADMIN_SAVE}&autosave=true`],
  ])('refuses %s with a 400 saying there are no drafts, and changes nothing', async (_name, path) => {
    const before = await stored()
    const publicBefore = await publicTagline()
    const response = await ctx.rest.post(path, { tagline: '想存为草稿' }, admin)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(NO_DRAFTS)
    expect(JSON.stringify(response.body)).not.toMatch(/草稿成功保存|draft saved/i)
    expect(await stored()).toEqual(before)
    expect(await publicTagline()).toBe(publicBefore)
  })

  it('is refused the same over GraphQL and the Local API', async () => {
    const before = await stored()
    const response = await ctx.rest.graphql(
      'mutation { updateColumn(draft: true, data: { name: "穿越喜马拉雅的守望", tagline: "图形草稿" }) { tagline } }',
      admin,
    )
    expect(JSON.stringify(response.body.errors)).toContain('没有草稿')
    expect(response.body.data?.updateColumn ?? null).toBeNull()
    await expect(
      ctx.payload.updateGlobal({ slug: 'column', data: { tagline: '本地草稿' }, draft: true }),
    ).rejects.toMatchObject({ status: 400, message: NO_DRAFTS })
    expect(await stored()).toEqual(before)
  })

  it('still lets a plain save through (draft=false is not a draft)', async () => {
    const response = await ctx.rest.post(`${ADMIN_SAVE}&draft=false`, { tagline: '明确不是草稿' }, admin)
    expect(response.status).toBe(200)
    expect(response.body.message).toBe(SAVED_AND_LIVE)
    expect((await stored()).tagline).toBe('明确不是草稿')
  })
})
