/**
 * With one connection for requests, every operation must still finish: proof that no request asks
 * for a second connection while it holds a transaction on the first. Such a request, ten at once,
 * freezes the whole server (issue #10); here a single one fails within the connect timeout.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signIn } from './helpers/users'

let ctx: TestContext
let editor: string
let first: string
let second: string
let final: string
let admin: string
const saved = { ...process.env }

beforeAll(async () => {
  process.env.DATABASE_POOL_MAX = '1'
  process.env.DATABASE_CONNECT_TIMEOUT_MS = '2000'
  ctx = await startTestPayload()
  editor = await signIn(ctx, ['editor'])
  // The whole 三审, one person per stage: loading the workflow, the stage's people to notify and the
  // sign-off chain must all stay on the request's one connection too.
  first = await signIn(ctx, ['first_reviewer'])
  second = await signIn(ctx, ['second_reviewer'])
  final = await signIn(ctx, ['final_reviewer'])
  admin = await signIn(ctx, ['admin'])
})
afterAll(async () => {
  await ctx?.close()
  process.env.DATABASE_POOL_MAX = saved.DATABASE_POOL_MAX
  process.env.DATABASE_CONNECT_TIMEOUT_MS = saved.DATABASE_CONNECT_TIMEOUT_MS
  if (saved.DATABASE_POOL_MAX === undefined) delete process.env.DATABASE_POOL_MAX
  if (saved.DATABASE_CONNECT_TIMEOUT_MS === undefined) delete process.env.DATABASE_CONNECT_TIMEOUT_MS
})

const body = (text: string) => buildLexicalDocument([{ type: 'paragraph', text }])

it('runs the whole editorial path on one connection', async () => {
  const statuses: Record<string, number> = {}
  const created = await ctx.rest.post('/articles?draft=true', { title: '一条连接', body: body('初稿。') }, editor)
  statuses.create = created.status
  const id = created.body.doc.id as number
  const read = await ctx.rest.request('GET', `/articles/${id}?draft=true`, { token: editor })
  statuses.read = read.status
  statuses.save = (
    await ctx.rest.request('PATCH', `/articles/${id}?draft=true`, {
      json: { lead: '导语' },
      token: editor,
      headers: { 'If-Match': read.headers.get('etag')! },
    })
  ).status
  statuses.saveByForm = (
    await ctx.rest.patch(`/articles/${id}?draft=true`, { lead: '导语二', updatedAt: new Date(0).toISOString() }, editor)
  ).status
  for (const [token, action, extra, key] of [
    [editor, 'submit', {}, 'submit'],
    [first, 'approve', {}, 'approve初审'],
    [second, 'approve', {}, 'approve复审'],
    [final, 'approve', {}, 'approve终审'],
    [final, 'publish', {}, 'publish'],
    [final, 'unpublish', { comment: '撤下核实' }, 'unpublish'],
  ] as const) {
    statuses[key] = (
      await ctx.rest.request('POST', `/articles/${id}/workflow`, { json: { action, ...extra }, token })
    ).status
  }
  statuses.bulk = (
    await ctx.rest.patch(`/articles?where[id][equals]=${id}&draft=true`, { subtitle: '副题' }, editor)
  ).status
  statuses.graphql = (
    await ctx.rest.graphql(
      `mutation { updateArticle(id: ${id}, draft: true, data: { kicker: "引题" }) { id } }`,
      editor,
    )
  ).status
  statuses.global = (
    await ctx.rest.request('POST', '/globals/column', { json: { name: '穿越喜马拉雅的守望' }, token: admin })
  ).status
  statuses.list = (await ctx.rest.get('/articles?limit=5')).status
  statuses.trash = (await ctx.rest.patch(`/articles/${id}`, { deletedAt: new Date().toISOString() }, admin)).status
  statuses.delete = (await ctx.rest.delete(`/articles/${id}?trash=true`, admin)).status

  expect(statuses).toEqual({
    create: 201,
    read: 200,
    save: 200,
    saveByForm: 409,
    submit: 200,
    approve初审: 200,
    approve复审: 200,
    approve终审: 200,
    publish: 200,
    unpublish: 200,
    bulk: 200,
    graphql: 200,
    global: 200,
    list: 200,
    trash: 200,
    delete: 200,
  })
})

it('answers 503 within seconds, never waits forever, when no connection is free', async () => {
  // Something holds the only connection (a transaction of the server's own).
  const held = await ctx.payload.db.beginTransaction()
  try {
    // The 503 is the connect timeout (2 s here, 5 s by default) firing: without one the request
    // would wait for ever and the test would end on vitest's timeout. No clock is read, so a busy
    // machine cannot make it fail.
    const answer = await ctx.rest.get('/articles?limit=1')
    expect(answer.status).toBe(503)
    expect(answer.body.errors[0].message).toContain('数据库暂时不可用')
  } finally {
    await ctx.payload.db.rollbackTransaction(held!)
  }
  expect((await ctx.rest.get('/articles?limit=1')).status).toBe(200)
})
