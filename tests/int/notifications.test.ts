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
    ['reviewer', ['reviewer']],
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

describe('notifications', () => {
  it('tells reviewers about a submission and the author about requested changes, even when mail fails', async () => {
    const created = await ctx.rest.post(
      '/articles?draft=true',
      { title: '通知测试', body: buildLexicalDocument([{ type: 'paragraph', text: '正文。' }]) },
      tokens.editor,
    )
    const id = created.body.doc.id
    expect((await act(id, 'editor', 'submit')).status).toBe(200)
    for (const who of ['reviewer', 'admin']) {
      expect((await inbox(who)).map((n) => n.message)).toContain(
        '《通知测试》已提交审核。 / "通知测试" was submitted for review.',
      )
    }
    expect(await inbox('editor')).toEqual([])

    expect((await act(id, 'reviewer', 'request_changes', { comment: '请补充来源' })).status).toBe(200)
    const [latest] = await inbox('editor')
    expect(latest.message).toContain('请补充来源')
    expect(latest.read).toBe(false)
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
      (await ctx.rest.patch(`/notifications/${mine.id}`, { read: false }, tokens.reviewer)).status,
    )
    expect((await ctx.rest.delete(`/notifications/${mine.id}`, tokens.editor)).status).toBe(403)
    expect((await ctx.rest.post('/notifications', { recipient: ids.admin, message: 'x' }, tokens.editor)).status).toBe(
      403,
    )
    expect((await ctx.rest.get('/notifications')).status).toBe(403)
    expect(await ctx.db.query('SELECT * FROM notifications ORDER BY id')).toEqual(before)
  })
})
