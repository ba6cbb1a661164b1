import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signIn } from './helpers/users'

let ctx: TestContext
let editor: string
let otherEditor: string
let reviewer: string
let admin: string

beforeAll(async () => {
  ctx = await startTestPayload()
  ;[editor, otherEditor, reviewer, admin] = await Promise.all([
    signIn(ctx, ['editor']),
    signIn(ctx, ['editor']),
    signIn(ctx, ['reviewer']),
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

/** Editor submits, reviewer approves and publishes: the normal way to readers. */
async function publishThroughReview(id: number) {
  for (const [token, action] of [
    [editor, 'submit'],
    [reviewer, 'approve'],
    [reviewer, 'publish'],
  ] as const) {
    expect((await act(id, token, action)).status).toBe(200)
  }
}

const publicTitles = async () =>
  ((await ctx.rest.get('/articles?limit=100')).body.docs as { title: string }[]).map((d) => d.title)

describe('the review path', () => {
  it('takes an article from draft to readers, with every step in the review log', async () => {
    const id = await newArticle(editor, '从草稿到见报')
    expect((await act(id, editor, 'submit')).status).toBe(200)

    const noReason = await act(id, reviewer, 'request_changes')
    expect(noReason.status).toBe(400)
    expect((await act(id, reviewer, 'request_changes', { comment: '请核实投资数字' })).status).toBe(200)

    expect((await ctx.rest.patch(`/articles/${id}?draft=true`, { body: body('修改后的正文。') }, editor)).status).toBe(
      200,
    )
    expect((await act(id, editor, 'submit')).status).toBe(200)
    expect((await act(id, reviewer, 'approve')).status).toBe(200)
    expect(await publicTitles()).not.toContain('从草稿到见报')

    const published = await act(id, reviewer, 'publish')
    expect(published.status).toBe(200)
    expect(await publicTitles()).toContain('从草稿到见报')
    expect((await stored(id)).row).toMatchObject({ _status: 'published', workflow_status: 'published' })

    const log = await ctx.db.query<{ action: string; from: string; to: string; comment: string | null }>(
      'SELECT action, "from", "to", comment FROM reviews WHERE document_id = $1 ORDER BY id',
      [id],
    )
    expect(log.map((e) => `${e.action}:${e.from}->${e.to}`)).toEqual([
      'submit:draft->in_review',
      'request_changes:in_review->changes_requested',
      'submit:changes_requested->in_review',
      'approve:in_review->approved',
      'publish:approved->published',
    ])
    expect(log[1].comment).toBe('请核实投资数字')
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
    expect((await act(id, reviewer, 'unpublish')).status).toBe(400)
    expect((await stored(id)).row).toMatchObject({ _status: 'published' })
    expect((await act(id, reviewer, 'unpublish', { comment: '数字有误，核实后重发' })).status).toBe(200)
    expect((await stored(id)).row).toMatchObject({ _status: 'draft', workflow_status: 'archived' })
    expect(await publicTitles()).not.toContain('线上版本')
    expect((await ctx.rest.get(`/articles/${id}`)).status).toBe(404)
  })

  it('sends an approved article back to review when its content changes', async () => {
    const id = await newArticle(editor)
    await act(id, editor, 'submit')
    await act(id, reviewer, 'approve')
    expect((await ctx.rest.patch(`/articles/${id}?draft=true`, { title: '通过后又改了' }, editor)).status).toBe(200)
    expect((await stored(id)).latest).toMatchObject({ title: '通过后又改了', state: 'in_review' })
    expect((await act(id, reviewer, 'publish')).status).toBe(409)
  })
})

describe('four eyes', () => {
  it('refuses a reviewer who approves their own article, and changes nothing', async () => {
    const id = await newArticle(reviewer, '审稿人自己写的')
    await act(id, reviewer, 'submit')
    const before = await stored(id)
    const response = await act(id, reviewer, 'approve')
    expect(response.status).toBe(403)
    expect(await stored(id)).toEqual(before)
    expect((await act(id, admin, 'approve')).status).toBe(200)
  })

  it('refuses an admin who last changed the text', async () => {
    const id = await newArticle(editor)
    await ctx.rest.patch(`/articles/${id}?draft=true`, { title: '管理员改过' }, admin)
    await act(id, editor, 'submit')
    expect((await act(id, admin, 'approve')).status).toBe(403)
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
    ['publishing before approval', (id: number) => act(id, reviewer, 'publish')],
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
