import { afterAll, beforeAll, it } from 'vitest'
import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signIn } from './helpers/users'

let ctx: TestContext
let editor: string
let reviewer: string
beforeAll(async () => {
  process.env.DATABASE_POOL_MAX='2'; process.env.DATABASE_CONNECT_TIMEOUT_MS='1500'
  ctx = await startTestPayload()
  editor = await signIn(ctx, ['editor'])
  reviewer = await signIn(ctx, ['reviewer'])
})
afterAll(() => ctx?.close())
const body = (text: string) => buildLexicalDocument([{ type: 'paragraph', text }])
const act = (id: number, token: string, action: string) =>
  ctx.rest.request('POST', `/articles/${id}/workflow`, { json: { action }, token })

it('single', async () => {
  const created = await ctx.rest.post('/articles?draft=true', { title: '并发', body: body('初稿。') }, editor)
  console.log('create', created.status, JSON.stringify(created.body).slice(0, 200))
  const id = created.body.doc.id
  const save = await ctx.rest.patch(`/articles/${id}?draft=true`, { lead: `导语` }, editor)
  console.log('save', save.status, JSON.stringify(save.body).slice(0, 200))
  for (const [token, action] of [[editor, 'submit'], [reviewer, 'approve'], [reviewer, 'publish'], [reviewer, 'unpublish']] as const) {
    const r = await act(id, token, action)
    console.log(action, r.status, JSON.stringify(r.body).slice(0, 200))
  }
  const g = await ctx.rest.get(`/articles/${id}`, editor)
  console.log('get', g.status)
  const d = await ctx.rest.patch(`/articles/${id}?draft=true`, { lead: `导语2` }, editor)
  console.log('save2', d.status)
}, 120000)
