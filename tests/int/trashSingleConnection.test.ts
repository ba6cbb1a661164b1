/**
 * The recycle bin's hooks read and write inside the request's transaction (they pass `req`): with
 * one connection for requests, every step still finishes. A hook that asked for a second
 * connection would wait for the first one forever (here: fail within the connect timeout).
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signIn } from './helpers/users'
import { REVIEWER, useOneStageWorkflows } from './helpers/workflows'

let ctx: TestContext
const saved = { ...process.env }

beforeAll(async () => {
  process.env.DATABASE_POOL_MAX = '1'
  process.env.DATABASE_CONNECT_TIMEOUT_MS = '2000'
  ctx = await startTestPayload()
  // One gate: one reviewer approves and publishes (the stages are not what this file is about).
  await useOneStageWorkflows(ctx.payload)
})
afterAll(async () => {
  await ctx?.close()
  for (const name of ['DATABASE_POOL_MAX', 'DATABASE_CONNECT_TIMEOUT_MS']) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

it('trashes, restores and deletes permanently on one connection', async () => {
  const [editor, reviewer, admin] = [
    await signIn(ctx, ['editor']),
    await signIn(ctx, REVIEWER),
    await signIn(ctx, ['admin']),
  ]
  const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])
  const created = await ctx.rest.post('/articles?draft=true', { title: '一条连接的回收站', body }, editor)
  const id = created.body.doc.id
  const statuses: Record<string, number> = {}
  for (const [token, action] of [
    [editor, 'submit'],
    [reviewer, 'approve'],
    [reviewer, 'publish'],
  ] as const) {
    statuses[action] = (await ctx.rest.post(`/articles/${id}/workflow`, { action }, token)).status
  }
  const now = () => new Date().toISOString()
  statuses.editorTrashRefused = (await ctx.rest.patch(`/articles/${id}`, { deletedAt: now() }, editor)).status
  statuses.trash = (await ctx.rest.patch(`/articles/${id}`, { deletedAt: now() }, reviewer)).status
  statuses.restore = (
    await ctx.rest.patch(
      `/articles?trash=true&where[and][0][id][equals]=${id}&where[and][1][deletedAt][exists]=true`,
      { deletedAt: null, _status: 'published' },
      reviewer,
    )
  ).status
  statuses.bulkTrash = (
    await ctx.rest.patch(`/articles?where[id][equals]=${id}`, { deletedAt: now() }, reviewer)
  ).status
  statuses.deleteRefused = (await ctx.rest.delete(`/articles/${id}?trash=true`, reviewer)).status
  statuses.delete = (await ctx.rest.delete(`/articles/${id}?trash=true`, admin)).status

  expect(statuses).toEqual({
    submit: 200,
    approve: 200,
    publish: 200,
    editorTrashRefused: 403,
    trash: 200,
    restore: 200,
    bulkTrash: 200,
    deleteRefused: 403,
    delete: 200,
  })
  const log = await ctx.db.query<{ action: string }>('SELECT action FROM reviews WHERE document_id = $1 ORDER BY id', [
    id,
  ])
  expect(log.map((entry) => entry.action)).toEqual([
    'submit',
    'approve',
    'publish',
    'trash',
    'restore',
    'trash',
    'delete',
  ])
})
