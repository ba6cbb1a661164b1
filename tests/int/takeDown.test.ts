import { afterAll, beforeAll, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signIn } from './helpers/users'
import { REVIEWER, useOneStageWorkflows } from './helpers/workflows'

let ctx: TestContext
let editor: string
let reviewer: string

beforeAll(async () => {
  ctx = await startTestPayload()
  // One gate: one reviewer approves and publishes (the stages are not what this file is about).
  await useOneStageWorkflows(ctx.payload)
  ;[editor, reviewer] = await Promise.all([signIn(ctx, ['editor']), signIn(ctx, REVIEWER)])
})
afterAll(() => ctx?.close())

const act = (id: number, token: string, action: string, extra: Record<string, unknown> = {}) =>
  ctx.rest.request('POST', `/articles/${id}/workflow`, { json: { action, ...extra }, token })

it('takes a story with a pending edit down without writing the unapproved edit onto the live row', async () => {
  const created = await ctx.rest.post(
    '/articles?draft=true',
    { title: '见报的标题', body: buildLexicalDocument([{ type: 'paragraph', text: '见报的正文。' }]) },
    editor,
  )
  const id = created.body.doc.id as number
  for (const [token, action] of [
    [editor, 'submit'],
    [reviewer, 'approve'],
    [reviewer, 'publish'],
  ] as const) {
    expect((await act(id, token, action)).status).toBe(200)
  }
  // An edit waits for review while the story is live.
  expect((await ctx.rest.patch(`/articles/${id}?draft=true`, { title: '未经审核的新标题' }, editor)).status).toBe(200)

  expect((await act(id, reviewer, 'unpublish', { comment: '数据待核实' })).status).toBe(200)

  const [live] = await ctx.db.query('SELECT title, _status, workflow_status FROM articles WHERE id = $1', [id])
  expect(live).toEqual({ title: '见报的标题', _status: 'draft', workflow_status: 'archived' })
  // The pending edit is kept, as the newest version, now taken down with the story.
  const [newest] = await ctx.db.query(
    'SELECT version_title AS title, version_workflow_status AS state FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
    [id],
  )
  expect(newest).toEqual({ title: '未经审核的新标题', state: 'archived' })
  // Readers see nothing.
  expect((await ctx.rest.get(`/articles/${id}`)).status).toBe(404)
  expect((await ctx.rest.get('/articles?limit=50')).body.docs).toEqual([])
})
