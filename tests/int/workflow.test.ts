import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signIn } from './helpers/users'
import { REVIEWER } from './helpers/workflows'

/**
 * The editorial workflow over REST with real logins, on the shipped 三审 of the articles: 初审 by
 * the 责任编辑 (`first`), 复审 by the 部门主任 (`second`), 终审 by the 值班总编辑 (`final`), who
 * approves for release and publishes, or signs off (签发) in one step. `reviewer` holds all three
 * stage roles, as the one-gate reviewer did after the migration.
 */
let ctx: TestContext
let editor: string
let otherEditor: string
let first: string
let second: string
let final: string
let reviewer: string
let admin: string

beforeAll(async () => {
  ctx = await startTestPayload()
  ;[editor, otherEditor, first, second, final, reviewer, admin] = await Promise.all([
    signIn(ctx, ['editor']),
    signIn(ctx, ['editor']),
    signIn(ctx, ['first_reviewer']),
    signIn(ctx, ['second_reviewer']),
    signIn(ctx, ['final_reviewer']),
    signIn(ctx, REVIEWER),
    signIn(ctx, ['admin']),
  ])
})
afterAll(() => ctx?.close())

const body = (text: string) => buildLexicalDocument([{ type: 'paragraph', text }])

async function newArticle(token: string, title = '高原上的新稿件') {
  const response = await ctx.rest.post('/articles?draft=true', { title, body: body('初稿。') }, token)
  expect(response.status).toBe(201)
  return response.body.doc.id as number
}

const act = (id: number, token: string | undefined, action: string, extra: Record<string, unknown> = {}) =>
  ctx.rest.request('POST', `/articles/${id}/workflow`, { json: { action, ...extra }, token })

/** Everything a forbidden attempt must leave untouched: the live row, the versions, the log. */
async function stored(id: number) {
  const [row] = await ctx.db.query('SELECT title, _status, workflow_status FROM articles WHERE id = $1', [id])
  const [versions] = await ctx.db.query('SELECT count(*)::int AS n FROM _articles_v WHERE parent_id = $1', [id])
  const [log] = await ctx.db.query('SELECT count(*)::int AS n FROM reviews WHERE document_id = $1', [id])
  const [latest] = await ctx.db.query(
    'SELECT version_title AS title, version_workflow_status AS state FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
    [id],
  )
  return { row, versions: versions.n, log: log.n, latest }
}

/** Editor submits, each stage approves, the 值班总编辑 signs off: the normal way to readers. */
async function publishThroughReview(id: number) {
  for (const [token, action] of [
    [editor, 'submit'],
    [first, 'approve'],
    [second, 'approve'],
    [final, 'sign_off'],
  ] as const) {
    const response = await act(id, token, action)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  }
}

/** Through 初审 and 复审: the version waits at 终审. */
async function atFinalReview(id: number) {
  for (const [token, action] of [
    [editor, 'submit'],
    [first, 'approve'],
    [second, 'approve'],
  ] as const) {
    expect((await act(id, token, action)).status).toBe(200)
  }
}

const stageOf = async (id: number) =>
  (
    await ctx.db.query<{ stage: string | null }>(
      `SELECT version_review_stage->'name'->>'zh' AS stage FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    )
  )[0]!.stage

const publicTitles = async () =>
  ((await ctx.rest.get('/articles?limit=100')).body.docs as { title: string }[]).map((d) => d.title)

describe('the review path', () => {
  it('takes an article from draft to readers, with every step in the review log', async () => {
    const id = await newArticle(editor, '从草稿到见报')
    expect((await act(id, editor, 'submit')).status).toBe(200)

    expect(await stageOf(id)).toBe('初审')
    expect((await act(id, first, 'approve')).status).toBe(200)
    expect(await stageOf(id)).toBe('复审')

    // The 部门主任 sends it back: a reason is required, at this stage as at any.
    const noReason = await act(id, second, 'request_changes')
    expect(noReason.status).toBe(400)
    expect((await act(id, second, 'request_changes', { comment: '请核实投资数字' })).status).toBe(200)
    expect(await stageOf(id)).toBeNull()

    expect((await ctx.rest.patch(`/articles/${id}?draft=true`, { body: body('修改后的正文。') }, editor)).status).toBe(
      200,
    )
    // Resubmitted, it starts again at 初审: the first approval belonged to the text before.
    expect((await act(id, editor, 'submit')).status).toBe(200)
    expect(await stageOf(id)).toBe('初审')
    expect((await act(id, second, 'approve')).status).toBe(403)
    expect((await act(id, first, 'approve')).status).toBe(200)
    expect((await act(id, second, 'approve')).status).toBe(200)
    expect(await stageOf(id)).toBe('终审')
    expect((await act(id, final, 'approve')).status).toBe(200)
    expect((await stored(id)).latest).toMatchObject({ state: 'approved' })
    expect(await publicTitles()).not.toContain('从草稿到见报')

    const published = await act(id, final, 'publish')
    expect(published.status).toBe(200)
    expect(await publicTitles()).toContain('从草稿到见报')
    expect((await stored(id)).row).toMatchObject({ _status: 'published', workflow_status: 'published' })

    const log = await ctx.db.query<{
      action: string
      from: string
      to: string
      comment: string | null
      stage: string | null
      stage_key: string | null
    }>('SELECT action, "from", "to", comment, stage, stage_key FROM reviews WHERE document_id = $1 ORDER BY id', [id])
    expect(log.map((e) => `${e.action}@${e.stage ?? '-'}:${e.from}->${e.to}`)).toEqual([
      'submit@-:draft->in_review',
      'approve@初审:in_review->in_review',
      'request_changes@复审:in_review->changes_requested',
      'submit@-:changes_requested->in_review',
      'approve@初审:in_review->in_review',
      'approve@复审:in_review->in_review',
      'approve@终审:in_review->approved',
      'publish@终审:approved->published',
    ])
    expect(log[2].comment).toBe('请核实投资数字')
    expect(log.map((e) => e.stage_key)).toEqual([
      null,
      'articles-first',
      'articles-second',
      null,
      'articles-first',
      'articles-second',
      'articles-final',
      'articles-final',
    ])
  })

  it('lets the 值班总编辑 send an approved article back, and the author is asked again from 初审', async () => {
    const id = await newArticle(editor, '终审退回')
    await atFinalReview(id)
    expect((await act(id, final, 'approve')).status).toBe(200)
    expect((await act(id, final, 'request_changes', { comment: '标题需再斟酌' })).status).toBe(200)
    expect((await stored(id)).latest).toMatchObject({ state: 'changes_requested' })
    expect((await act(id, editor, 'submit')).status).toBe(200)
    expect(await stageOf(id)).toBe('初审')
    // Nobody's earlier approval stands: the 值班总编辑 cannot release it now.
    expect((await act(id, final, 'sign_off')).status).toBe(403)
  })

  it('lets an author withdraw at any stage, which clears the stage and its approvals', async () => {
    const id = await newArticle(editor, '复审时撤回')
    await act(id, editor, 'submit')
    await act(id, first, 'approve')
    expect((await act(id, editor, 'withdraw')).status).toBe(200)
    const [latest] = await ctx.db.query(
      `SELECT version_workflow_status AS state, version_review_stage AS stage, version_sign_off AS passes
         FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    )
    expect(latest).toEqual({ state: 'draft', stage: null, passes: [] })
  })

  it('keeps the published version public while an edit waits for review, then takes it down with a reason', async () => {
    const id = await newArticle(editor, '线上版本')
    await publishThroughReview(id)
    const edit = await ctx.rest.patch(`/articles/${id}?draft=true`, { title: '尚未审核的修改' }, otherEditor)
    expect(edit.status).toBe(200)
    expect(await publicTitles()).toContain('线上版本')
    expect(await publicTitles()).not.toContain('尚未审核的修改')

    const sneakyUnpublish = await ctx.rest.patch(`/articles/${id}`, { _status: 'draft' }, editor)
    expect(sneakyUnpublish.status).toBe(409)
    expect(await publicTitles()).toContain('线上版本')
    // Taking down is the release stage's: the 责任编辑 and the 部门主任 cannot.
    expect((await act(id, first, 'unpublish', { comment: '数字有误' })).status).toBe(403)
    expect((await act(id, second, 'unpublish', { comment: '数字有误' })).status).toBe(403)
    expect((await act(id, final, 'unpublish')).status).toBe(400)
    expect((await stored(id)).row).toMatchObject({ _status: 'published' })
    expect((await act(id, final, 'unpublish', { comment: '数字有误，核实后重发' })).status).toBe(200)
    expect((await stored(id)).row).toMatchObject({ _status: 'draft', workflow_status: 'archived' })
    expect(await publicTitles()).not.toContain('线上版本')
    expect((await ctx.rest.get(`/articles/${id}`)).status).toBe(404)
  })

  it('sends an approved article back to 初审 when its content changes, with no approval left', async () => {
    const id = await newArticle(editor)
    await atFinalReview(id)
    await act(id, final, 'approve')
    expect((await ctx.rest.patch(`/articles/${id}?draft=true`, { title: '通过后又改了' }, editor)).status).toBe(200)
    expect((await stored(id)).latest).toMatchObject({ title: '通过后又改了', state: 'in_review' })
    expect(await stageOf(id)).toBe('初审')
    expect((await act(id, final, 'publish')).status).toBe(409)
    expect((await act(id, final, 'sign_off')).status).toBe(403)
  })

  it('never lets a stage be skipped: every stage answers only to its own people', async () => {
    const id = await newArticle(editor, '不能跳过')
    await act(id, editor, 'submit')
    const before = await stored(id)
    for (const token of [second, final]) {
      for (const action of ['approve', 'sign_off']) {
        const refused = await act(id, token, action)
        expect(refused.status, action).toBe(403)
        // Either the stage names its own people, or 签发 names the release stage's.
        expect(refused.body.errors[0].message).toMatch(
          /「初审」阶段，由责任编辑或管理员审核|只有值班总编辑或管理员可以签发/,
        )
      }
    }
    expect(await stored(id)).toEqual(before)
    await act(id, first, 'approve')
    // At 复审, 签发 is still not possible even for one of its people: it belongs to the release stage.
    const early = await act(id, reviewer, 'sign_off')
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toContain('签发只能在签发阶段进行')
  })
})

describe('four eyes, and different eyes at every stage', () => {
  it('refuses a reviewer who approves their own article at any stage, and changes nothing', async () => {
    const id = await newArticle(reviewer, '审稿人自己写的')
    await act(id, reviewer, 'submit')
    for (const [stage, passer] of [
      ['初审', first],
      ['复审', second],
      ['终审', final],
    ] as const) {
      expect(await stageOf(id)).toBe(stage)
      const before = await stored(id)
      for (const action of ['approve', 'sign_off']) {
        const response = await act(id, reviewer, action)
        expect(response.status, `${action} at ${stage}`).toBe(403)
        expect(response.body.errors[0].message).toContain('您撰写或修改过这一版本')
        expect(await stored(id)).toEqual(before)
      }
      expect((await act(id, passer, stage === '终审' ? 'sign_off' : 'approve')).status).toBe(200)
    }
    expect((await stored(id)).row).toMatchObject({ _status: 'published' })
  })

  it('refuses an admin who last changed the text', async () => {
    const id = await newArticle(editor)
    await ctx.rest.patch(`/articles/${id}?draft=true`, { title: '管理员改过' }, admin)
    await act(id, editor, 'submit')
    expect((await act(id, admin, 'approve')).status).toBe(403)
  })

  it('lets an admin act at any stage, but never at two stages of the same version', async () => {
    const id = await newArticle(editor, '管理员审一次')
    await act(id, editor, 'submit')
    expect((await act(id, admin, 'approve')).status).toBe(200)
    expect(await stageOf(id)).toBe('复审')
    const before = await stored(id)
    const twice = await act(id, admin, 'approve')
    expect(twice.status).toBe(403)
    expect(twice.body.errors[0].message).toContain('每个阶段须由不同的人审核')
    expect(await stored(id)).toEqual(before)
    expect((await act(id, reviewer, 'approve')).status).toBe(200)
    // The all-stages reviewer passed 复审: 终审 needs a third person.
    expect((await act(id, reviewer, 'sign_off')).status).toBe(403)
    expect((await act(id, admin, 'sign_off')).status).toBe(403)
    expect((await act(id, final, 'sign_off')).status).toBe(200)
    const [row] = await ctx.db.query<{ passes: { name: string; stage: { zh: string } }[] }>(
      'SELECT sign_off AS passes FROM articles WHERE id = $1',
      [id],
    )
    expect(row!.passes.map((pass) => pass.stage.zh)).toEqual(['初审', '复审', '终审'])
  })

  it('publishes a version passed at 终审 by whoever of the release stage presses publish; the chain keeps who passed what', async () => {
    const id = await newArticle(editor, '通过后由他人发布')
    await act(id, editor, 'submit')
    await act(id, first, 'approve')
    await act(id, reviewer, 'approve')
    await act(id, final, 'approve')
    // 签发 is the approval at 终审 (by `final`); publishing it adds nobody to the chain, so the
    // all-stages reviewer who passed 复审 may press the button. The author never may.
    const before = await stored(id)
    expect((await act(id, editor, 'publish')).status).toBe(403)
    expect(await stored(id)).toEqual(before)
    expect((await act(id, reviewer, 'publish')).status).toBe(200)
    const [row] = await ctx.db.query<{ passes: { stage: { zh: string }; action: string }[] }>(
      'SELECT sign_off AS passes FROM articles WHERE id = $1',
      [id],
    )
    expect(row!.passes.map((pass) => [pass.stage.zh, pass.action])).toEqual([
      ['初审', 'approve'],
      ['复审', 'approve'],
      ['终审', 'approve'],
    ])
  })
})

describe('no way around it', () => {
  it.each([
    ['PATCH _status=published', (id: number) => ctx.rest.patch(`/articles/${id}`, { _status: 'published' }, editor)],
    [
      'PATCH workflowStatus',
      (id: number) => ctx.rest.patch(`/articles/${id}?draft=true`, { workflowStatus: 'approved' }, editor),
    ],
    [
      'bulk update',
      (id: number) => ctx.rest.patch(`/articles?where[id][equals]=${id}`, { _status: 'published' }, editor),
    ],
    ['an editor taking a reviewer action', (id: number) => act(id, editor, 'approve')],
    ['an anonymous visitor', (id: number) => act(id, undefined, 'submit')],
    ['an unknown action', (id: number) => act(id, reviewer, 'launch')],
    ['publishing before approval', (id: number) => act(id, final, 'publish')],
    ['签发 before the release stage', (id: number) => act(id, final, 'sign_off')],
    ['a 部门主任 approving at 初审', (id: number) => act(id, second, 'approve')],
    ['an editor reassigning', (id: number) => act(id, editor, 'reassign', { assignee: 1 })],
  ])('refuses %s and changes nothing', async (_name, attempt) => {
    const id = await newArticle(editor, '绕不过去')
    await act(id, editor, 'submit')
    const before = await stored(id)
    const response = await attempt(id)
    const refused = response.status >= 400 || (Array.isArray(response.body?.errors) && response.body.errors.length > 0)
    expect(refused, JSON.stringify(response.body)).toBe(true)
    expect(response.status).toBeLessThan(500)
    expect(await stored(id)).toEqual(before)
    expect(await publicTitles()).not.toContain('绕不过去')
  })

  it('refuses publishing through GraphQL', async () => {
    const id = await newArticle(editor, 'GraphQL 绕路')
    const response = await ctx.rest.graphql(
      `mutation { updateArticle(id: ${id}, data: { _status: published }) { id } }`,
      editor,
    )
    expect(response.body.errors?.length).toBeGreaterThan(0)
    expect(await publicTitles()).not.toContain('GraphQL 绕路')
  })

  it('makes every duplicate of a published article an unpublished draft', async () => {
    const id = await newArticle(editor, '已发布的原稿')
    await publishThroughReview(id)
    for (const query of ['', '?draft=true']) {
      const copy = await ctx.rest.post(`/articles/${id}/duplicate${query}`, {}, otherEditor)
      expect(copy.status, JSON.stringify(copy.body)).toBeLessThan(300)
      const [row] = await ctx.db.query('SELECT _status, workflow_status FROM articles WHERE id = $1', [
        copy.body.doc.id,
      ])
      expect(row, query).toEqual({ _status: 'draft', workflow_status: 'draft' })
    }
    expect(await publicTitles()).toEqual(expect.arrayContaining(['已发布的原稿']))
  })

  it('keeps the review log append-only for everyone', async () => {
    const id = await newArticle(editor)
    await act(id, editor, 'submit')
    const [entry] = await ctx.db.query<{ id: number }>('SELECT id FROM reviews WHERE document_id = $1', [id])
    const before = await ctx.db.query('SELECT * FROM reviews ORDER BY id')
    expect(
      (
        await ctx.rest.post(
          '/reviews',
          {
            documentCollection: 'articles',
            documentId: id,
            action: 'approve',
            from: 'in_review',
            to: 'approved',
            actorName: 'x',
          },
          admin,
        )
      ).status,
    ).toBe(403)
    expect((await ctx.rest.patch(`/reviews/${entry.id}`, { comment: '改写历史' }, admin)).status).toBe(403)
    expect((await ctx.rest.delete(`/reviews/${entry.id}`, admin)).status).toBe(403)
    expect((await ctx.rest.get('/reviews')).status).toBe(403)
    expect(await ctx.db.query('SELECT * FROM reviews ORDER BY id')).toEqual(before)
  })
})

describe('the same rules on the other doors', () => {
  it('restores an old version only as a draft, which then needs review', async () => {
    const id = await newArticle(editor, '第一版')
    await publishThroughReview(id)
    await ctx.rest.patch(`/articles/${id}?draft=true`, { title: '第二版' }, editor)
    const [first] = await ctx.db.query<{ id: number }>(
      'SELECT id FROM _articles_v WHERE parent_id = $1 AND version_title = $2 ORDER BY id LIMIT 1',
      [id, '第一版'],
    )
    const before = await stored(id)
    const asPublished = await ctx.rest.post(`/articles/versions/${first.id}`, {}, editor)
    expect(asPublished.status).toBe(403)
    expect(await stored(id)).toEqual(before)

    const asDraft = await ctx.rest.post(`/articles/versions/${first.id}?draft=true`, {}, editor)
    expect(asDraft.status).toBe(200)
    expect((await stored(id)).latest).toMatchObject({ title: '第一版', state: 'draft' })
    expect((await stored(id)).row).toMatchObject({ _status: 'published' })
  })

  it('holds for the Local API when it acts for a user', async () => {
    const id = await newArticle(editor, '本地接口')
    const user = (await ctx.payload.find({ collection: 'users', where: { roles: { contains: 'editor' } }, limit: 1 }))
      .docs[0]
    const before = await stored(id)
    await expect(
      ctx.payload.update({ collection: 'articles', id, data: { _status: 'published' }, user, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await stored(id)).toEqual(before)
  })

  it('never shows the review log or the authors of a version to readers', async () => {
    const id = await newArticle(editor, '读者看不到')
    await publishThroughReview(id)
    const doc = (await ctx.rest.get(`/articles/${id}`)).body
    expect(doc.title).toBe('读者看不到')
    expect(doc.contentAuthors).toBeUndefined()
    expect(doc.scheduledFor).toBeUndefined()
    expect((await ctx.rest.get('/reviews')).status).toBe(403)
  })
})
