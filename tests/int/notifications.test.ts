import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser, TEST_PASSWORD } from './helpers/users'

let ctx: TestContext
const tokens: Record<string, string> = {}
const ids: Record<string, number> = {}

beforeAll(async () => {
  // A mail server that refuses every connection: workflow steps must go through regardless.
  process.env.SMTP_URL = 'smtp://127.0.0.1:1'
  ctx = await startTestPayload()
  for (const [name, roles] of [
    ['editor', ['editor']],
    ['first', ['first_reviewer']],
    ['otherFirst', ['first_reviewer']],
    ['second', ['second_reviewer']],
    ['final', ['final_reviewer']],
    ['admin', ['admin']],
  ] as const) {
    const account = await createUser(ctx.payload, [...roles])
    ids[name] = account.user.id
    tokens[name] = await ctx.rest.login(account.email, TEST_PASSWORD)
  }
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await ctx?.close()
})

const act = (id: number, who: string, action: string, extra: Record<string, unknown> = {}) =>
  ctx.rest.request('POST', `/articles/${id}/workflow`, { json: { action, ...extra }, token: tokens[who] })

const inbox = async (who: string) =>
  (await ctx.rest.get('/notifications?sort=-createdAt&limit=50', tokens[who])).body.docs as {
    id: number
    message: string
    read: boolean
  }[]

const messages = async (who: string) => (await inbox(who)).map((n) => n.message)

const everyone = ['editor', 'first', 'otherFirst', 'second', 'final', 'admin']

/** Who got a notification since `before` (per person: how many they had then). */
async function newSince(before: Record<string, number>) {
  const got: Record<string, string[]> = {}
  for (const who of everyone) {
    const all = await messages(who)
    // Newest first: the ones beyond what they had before are at the front.
    const fresh = all.slice(0, all.length - (before[who] ?? 0))
    if (fresh.length > 0) got[who] = fresh
  }
  return got
}

async function counts() {
  return Object.fromEntries(await Promise.all(everyone.map(async (who) => [who, (await inbox(who)).length])))
}

async function newArticle(title: string) {
  const created = await ctx.rest.post(
    '/articles?draft=true',
    { title, body: buildLexicalDocument([{ type: 'paragraph', text: '正文。' }]) },
    tokens.editor,
  )
  return created.body.doc.id as number
}

describe('notifications', () => {
  it('tells the people of each stage the document reaches, and the author when it is sent back, even when mail fails', async () => {
    const id = await newArticle('通知测试')
    let before = await counts()
    expect((await act(id, 'editor', 'submit')).status).toBe(200)
    // Both 责任编辑 hear of it; nobody of the later stages yet, nor the author, nor the admin
    // (administrators stand in only for a stage nobody holds).
    expect(await newSince(before)).toEqual({
      first: ['《通知测试》已提交审核，等待「初审」。 / "通知测试" was submitted and waits for First review.'],
      otherFirst: ['《通知测试》已提交审核，等待「初审」。 / "通知测试" was submitted and waits for First review.'],
    })

    before = await counts()
    expect((await act(id, 'first', 'approve')).status).toBe(200)
    expect(await newSince(before)).toEqual({
      second: [
        '《通知测试》已通过「初审」，等待「复审」。 / "通知测试" passed First review and waits for Second review.',
      ],
    })

    before = await counts()
    expect((await act(id, 'second', 'request_changes', { comment: '请补充来源' })).status).toBe(200)
    expect(await newSince(before)).toEqual({
      editor: ['《通知测试》被退回修改：请补充来源 / "通知测试" needs changes: 请补充来源'],
    })
    const [latest] = await inbox('editor')
    expect(latest!.read).toBe(false)
  })

  it('tells the 值班总编辑 when 复审 is passed, and the author when it is signed off', async () => {
    const id = await newArticle('签发通知')
    expect((await act(id, 'editor', 'submit')).status).toBe(200)
    expect((await act(id, 'first', 'approve')).status).toBe(200)
    let before = await counts()
    expect((await act(id, 'second', 'approve')).status).toBe(200)
    expect(await newSince(before)).toEqual({
      final: [
        '《签发通知》已通过「复审」，等待「终审」。 / "签发通知" passed Second review and waits for Final review.',
      ],
    })

    before = await counts()
    expect((await act(id, 'final', 'sign_off')).status).toBe(200)
    expect(await newSince(before)).toEqual({
      editor: ['《签发通知》已签发发布。 / "签发通知" is signed off and published.'],
    })
  })

  it('tells the author the time when the sign-off is for later, and nobody of an approval at 终审 before publishing', async () => {
    const id = await newArticle('定时签发通知')
    for (const [who, action] of [
      ['editor', 'submit'],
      ['first', 'approve'],
      ['second', 'approve'],
    ] as const) {
      expect((await act(id, who, action)).status).toBe(200)
    }
    let before = await counts()
    // Approved for release: the release stage's own people act next; nobody else needs telling.
    expect((await act(id, 'final', 'approve')).status).toBe(200)
    expect(await newSince(before)).toEqual({})

    const at = new Date(Date.now() + 3_600_000).toISOString()
    before = await counts()
    expect((await act(id, 'final', 'publish', { publishAt: at })).status).toBe(200)
    const got = await newSince(before)
    expect(Object.keys(got)).toEqual(['editor'])
    expect(got.editor![0]).toContain(at)
  })

  it('stores the notifications in the step itself: one per recipient, for the document', async () => {
    const id = await newArticle('通知记录')
    expect((await act(id, 'editor', 'submit')).status).toBe(200)
    const rows = await ctx.db.query<{ recipient_id: number; document_collection: string }>(
      'SELECT recipient_id, document_collection FROM notifications WHERE document_id = $1 ORDER BY recipient_id',
      [id],
    )
    expect(rows).toEqual([
      { recipient_id: ids.first, document_collection: 'articles' },
      { recipient_id: ids.otherFirst, document_collection: 'articles' },
    ])
  })

  it('lets a user mark their own notification read, and nothing more', async () => {
    const [mine] = await inbox('editor')
    const marked = await ctx.rest.patch(`/notifications/${mine.id}`, { read: true, message: '改写' }, tokens.editor)
    expect(marked.status).toBe(200)
    const [row] = await ctx.db.query('SELECT message, read FROM notifications WHERE id = $1', [mine.id])
    expect(row).toMatchObject({ read: true })
    expect(row.message).not.toBe('改写')

    const before = await ctx.db.query('SELECT * FROM notifications ORDER BY id')
    expect([403, 404]).toContain(
      (await ctx.rest.patch(`/notifications/${mine.id}`, { read: false }, tokens.first)).status,
    )
    expect((await ctx.rest.delete(`/notifications/${mine.id}`, tokens.editor)).status).toBe(403)
    expect((await ctx.rest.post('/notifications', { recipient: ids.admin, message: 'x' }, tokens.editor)).status).toBe(
      403,
    )
    expect((await ctx.rest.get('/notifications')).status).toBe(403)
    expect(await ctx.db.query('SELECT * FROM notifications ORDER BY id')).toEqual(before)
  })
})
