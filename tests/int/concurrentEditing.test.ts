import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser } from './helpers/users'
import { REVIEWER, useOneStageWorkflows } from './helpers/workflows'

let ctx: TestContext
let editor: string
let otherEditor: string
let reviewer: string
let admin: string
let editorName: string

beforeAll(async () => {
  ctx = await startTestPayload()
  // One gate: one reviewer approves and publishes (the stages are not what this file is about;
  // threeStageReview.test.ts races the stages).
  await useOneStageWorkflows(ctx.payload)
  const accounts = await Promise.all([
    createUser(ctx.payload, ['editor'], '编辑甲'),
    createUser(ctx.payload, ['editor'], '编辑乙'),
    createUser(ctx.payload, REVIEWER, '审稿人'),
    createUser(ctx.payload, ['admin'], '管理员'),
  ])
  ;[editor, otherEditor, reviewer, admin] = await Promise.all(
    accounts.map((account) => ctx.rest.login(account.email, account.password)),
  )
  editorName = accounts[0].user.name!
})
afterAll(() => ctx?.close())

const body = (text: string) => buildLexicalDocument([{ type: 'paragraph', text }])

async function newArticle(title = '并发编辑') {
  const created = await ctx.rest.post('/articles?draft=true', { title, body: body('初稿。'), lead: '导语' }, editor)
  expect(created.status).toBe(201)
  return created.body.doc as { id: number; updatedAt: string }
}

const act = (id: number, token: string, action: string, extra: Record<string, unknown> = {}) =>
  ctx.rest.request('POST', `/articles/${id}/workflow`, { json: { action, ...extra }, token })

const patchWith = (id: number, json: Record<string, unknown>, token: string, headers: Record<string, string> = {}) =>
  ctx.rest.request('PATCH', `/articles/${id}?draft=true`, { json, token, headers })

/** What a refused write must leave as it was. */
async function stored(id: number) {
  const versions = await ctx.db.query<{ id: number; lead: string; body: unknown }>(
    'SELECT id, version_lead AS lead, version_body AS body FROM _articles_v WHERE parent_id = $1 ORDER BY id',
    [id],
  )
  const log = await ctx.db.query(
    "SELECT action FROM reviews WHERE document_collection = 'articles' AND document_id = $1 ORDER BY id",
    [id],
  )
  return { versions, log: log.map((row) => row.action) }
}

describe('ETag and If-Match', () => {
  it('names the newest version in the ETag of a GET, for staff even when they read the published version', async () => {
    const doc = await newArticle()
    const draft = await ctx.rest.request('GET', `/articles/${doc.id}?draft=true`, { token: editor })
    expect(draft.headers.get('etag')).toBe(`"${doc.updatedAt}"`)
    const plain = await ctx.rest.request('GET', `/articles/${doc.id}`, { token: editor })
    expect(plain.headers.get('etag')).toBe(`"${doc.updatedAt}"`)
  })

  it('answers 412 to a stale If-Match and writes nothing; a current one saves and returns the new ETag', async () => {
    const doc = await newArticle()
    const etag = (await ctx.rest.request('GET', `/articles/${doc.id}?draft=true`, { token: editor })).headers.get(
      'etag',
    )!
    const first = await patchWith(doc.id, { lead: '甲的导语' }, editor, { 'If-Match': etag })
    expect(first.status).toBe(200)
    const newEtag = first.headers.get('etag')
    expect(newEtag).toBe(`"${first.body.doc.updatedAt}"`)
    expect(newEtag).not.toBe(etag)

    const before = await stored(doc.id)
    const stale = await patchWith(doc.id, { lead: '管理员基于旧版本的导语' }, admin, { 'If-Match': etag })
    expect(stale.status).toBe(412)
    expect(stale.body.errors[0].message).toContain('If-Match')
    expect(await stored(doc.id)).toEqual(before)

    expect((await patchWith(doc.id, { lead: '基于新版本' }, admin, { 'If-Match': newEtag! })).status).toBe(200)
  })

  it('keeps the column global to its version too', async () => {
    // A fresh database has never saved the global: its first save needs no base.
    expect(
      (
        await ctx.rest.request('POST', '/globals/column', {
          json: { name: '穿越喜马拉雅的守望', tagline: '口号' },
          token: admin,
        })
      ).status,
    ).toBe(200)
    const read = await ctx.rest.request('GET', '/globals/column', { token: admin })
    const etag = read.headers.get('etag')!
    expect(etag).toMatch(/^"\d{4}-/)
    const saved = await ctx.rest.request('POST', '/globals/column', {
      json: { tagline: '新的口号' },
      token: admin,
      headers: { 'If-Match': etag },
    })
    expect(saved.status).toBe(200)
    const stale = await ctx.rest.request('POST', '/globals/column', {
      json: { tagline: '旧的口号' },
      token: admin,
      headers: { 'If-Match': etag },
    })
    expect(stale.status).toBe(412)
    const [row] = await ctx.db.query<{ tagline: string }>('SELECT tagline FROM "column"')
    expect(row!.tagline).toBe('新的口号')
  })
})

describe("the admin form's base version (updatedAt)", () => {
  it('holds a restore from the recycle bin to its base version too', async () => {
    const doc = await newArticle()
    const trashed = await ctx.rest.patch(`/articles/${doc.id}`, { deletedAt: new Date().toISOString() }, admin)
    expect(trashed.status).toBe(200)
    const seen = await ctx.rest.request('GET', `/articles/${doc.id}?trash=true&draft=true`, { token: admin })
    expect(seen.headers.get('etag')).toBe(`"${seen.body.updatedAt}"`)

    const stale = await patchWith(doc.id, { deletedAt: null, updatedAt: doc.updatedAt }, admin)
    expect(stale.status).toBe(409)
    const restored = await ctx.rest.request('PATCH', `/articles/${doc.id}?trash=true`, {
      json: { deletedAt: null, updatedAt: seen.body.updatedAt },
      token: admin,
    })
    expect(restored.status).toBe(200)
    const [row] = await ctx.db.query('SELECT deleted_at FROM articles WHERE id = $1', [doc.id])
    expect(row!.deleted_at).toBeNull()
  })

  it("refuses a save based on a colleague's older copy with 409, naming who saved the newer one", async () => {
    const doc = await newArticle()
    // Editor A and the administrator both load the article; A saves a new body first.
    const aSaved = await patchWith(doc.id, { body: body('甲写的新正文。'), updatedAt: doc.updatedAt }, editor)
    expect(aSaved.status).toBe(200)
    const before = await stored(doc.id)

    const adminSave = await patchWith(doc.id, { lead: '管理员改的导语', updatedAt: doc.updatedAt }, admin)
    expect(adminSave.status).toBe(409)
    const error = adminSave.body.errors[0]
    expect(error.message).toContain(editorName)
    expect(error.data).toMatchObject({ currentVersion: aSaved.body.doc.updatedAt, updatedBy: editorName })
    // The newer text comes along, for the dialog to show beside the editor's own.
    expect(JSON.stringify(error.data.current.body)).toContain('甲写的新正文')
    expect(await stored(doc.id)).toEqual(before)

    // Based on what stands now, the same change goes through and A's body is kept.
    const retry = await patchWith(doc.id, { lead: '管理员改的导语', updatedAt: aSaved.body.doc.updatedAt }, admin)
    expect(retry.status).toBe(200)
    expect(JSON.stringify(retry.body.doc.body)).toContain('甲写的新正文')
  })

  it('lets the same person save twice in a row from the answer of the first save', async () => {
    const doc = await newArticle()
    const first = await patchWith(doc.id, { lead: '第一次', updatedAt: doc.updatedAt }, editor)
    const second = await patchWith(doc.id, { lead: '第二次', updatedAt: first.body.doc.updatedAt }, editor)
    expect([first.status, second.status]).toEqual([200, 200])
  })
})

describe('the newest version, for the conflict dialog', () => {
  it('names the newest version and who saved it, to staff only', async () => {
    const doc = await newArticle()
    const saved = await patchWith(doc.id, { lead: '乙改的导语' }, otherEditor)
    const newest = await ctx.rest.request('GET', `/articles/${doc.id}/newest-version`, { token: editor })
    expect(newest.status).toBe(200)
    expect(newest.headers.get('cache-control')).toContain('no-store')
    expect(newest.body).toMatchObject({
      version: saved.body.doc.updatedAt,
      savedBy: '编辑乙',
      doc: { lead: '乙改的导语' },
    })
    expect((await ctx.rest.get(`/articles/${doc.id}/newest-version`)).status).toBe(401)
    expect((await ctx.rest.request('GET', '/articles/999999/newest-version', { token: editor })).status).toBe(404)
  })
})

describe('workflow steps name the version the reviewer saw', () => {
  it('refuses approving a version saved after the one looked at (409) and writes nothing', async () => {
    const doc = await newArticle()
    const submitted = await act(doc.id, editor, 'submit')
    expect(submitted.status).toBe(200)
    const seen = submitted.body.doc.updatedAt
    // A colleague saves again a second later.
    expect((await patchWith(doc.id, { lead: '改过的导语' }, otherEditor)).status).toBe(200)
    const before = await stored(doc.id)

    const approve = await act(doc.id, reviewer, 'approve', { version: seen })
    expect(approve.status).toBe(409)
    expect(await stored(doc.id)).toEqual(before)

    const newest = (await ctx.rest.request('GET', `/articles/${doc.id}?draft=true`, { token: reviewer })).headers.get(
      'etag',
    )!
    const viaHeader = await ctx.rest.request('POST', `/articles/${doc.id}/workflow`, {
      json: { action: 'approve' },
      token: reviewer,
      headers: { 'If-Match': newest },
    })
    expect(viaHeader.status).toBe(200)
  })
})

describe('simultaneous requests', () => {
  it('takes each workflow move exactly once however often it is sent, with one log entry and one notification each', async () => {
    const doc = await newArticle()
    const notificationsBefore = await ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM notifications WHERE document_collection = 'articles' AND document_id = $1",
      [doc.id],
    )
    for (const [token, action] of [
      [editor, 'submit'],
      [reviewer, 'approve'],
      [reviewer, 'publish'],
    ] as const) {
      const answers = await Promise.all(Array.from({ length: 6 }, () => act(doc.id, token, action)))
      const statuses = answers.map((answer) => answer.status).sort()
      expect(statuses).toEqual([200, 409, 409, 409, 409, 409])
      expect(answers.find((answer) => answer.status === 409)!.body.errors[0].message).toMatch(/刷新|reload/)
    }
    expect((await stored(doc.id)).log).toEqual(['submit', 'approve', 'publish'])
    const [row] = await ctx.db.query('SELECT _status, workflow_status FROM articles WHERE id = $1', [doc.id])
    expect(row).toMatchObject({ _status: 'published', workflow_status: 'published' })
    const [notifications] = await ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM notifications WHERE document_collection = 'articles' AND document_id = $1",
      [doc.id],
    )
    // submit tells the one stage's people (the reviewer here; admins only when nobody holds its
    // role), publish tells the one author: 2 in all.
    expect(notifications!.n - notificationsBefore[0]!.n).toBe(2)
  })

  it('lets exactly one of a racing approve and request_changes win', async () => {
    for (let round = 0; round < 3; round++) {
      const doc = await newArticle(`竞争 ${round}`)
      expect((await act(doc.id, editor, 'submit')).status).toBe(200)
      const [approve, reject] = await Promise.all([
        act(doc.id, reviewer, 'approve'),
        act(doc.id, admin, 'request_changes', { comment: '请核实数字' }),
      ])
      expect([approve.status, reject.status].sort()).toEqual([200, 409])
      const { log } = await stored(doc.id)
      expect(log).toHaveLength(2)
      const [row] = await ctx.db.query(
        'SELECT version_workflow_status AS state FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
        [doc.id],
      )
      expect(row!.state).toBe(approve.status === 200 ? 'approved' : 'changes_requested')
    }
  })

  it('lets exactly one of ten simultaneous saves from the same loaded copy through; the others answer 409, never 500', async () => {
    const doc = await newArticle()
    const before = (await stored(doc.id)).versions.length
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        patchWith(doc.id, { lead: `第${i}版导语`, updatedAt: doc.updatedAt }, i % 2 ? editor : otherEditor),
      ),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array(9).fill(409)])
    const { versions } = await stored(doc.id)
    expect(versions).toHaveLength(before + 1)
    expect(versions.at(-1)!.lead).toBe(answers.find((answer) => answer.status === 200)!.body.doc.lead)
  })

  it('saves ten simultaneous writes that name no base one after another, each kept as a version', async () => {
    const doc = await newArticle()
    const before = (await stored(doc.id)).versions.length
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => patchWith(doc.id, { lead: `无基准${i}` }, i % 2 ? editor : otherEditor)),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200))
    const leads = (await stored(doc.id)).versions.slice(before).map((version) => version.lead)
    expect(leads.sort()).toEqual(answers.map((answer) => answer.body.doc.lead).sort())
  })
})
