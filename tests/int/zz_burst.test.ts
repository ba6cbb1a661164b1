import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signIn } from './helpers/users'

let ctx: TestContext
let editor: string
let reviewer: string
beforeAll(async () => {
  ctx = await startTestPayload()
  ;[editor, reviewer] = await Promise.all([signIn(ctx, ['editor']), signIn(ctx, ['reviewer'])])
})
afterAll(() => ctx?.close())
const body = (text: string) => buildLexicalDocument([{ type: 'paragraph', text }])
const act = (id: number, token: string, action: string) =>
  ctx.rest.request('POST', `/articles/${id}/workflow`, { json: { action }, token })

it('burst', async () => {
  const created = await ctx.rest.post('/articles?draft=true', { title: '并发', body: body('初稿。') }, editor)
  const id = created.body.doc.id
  const watch = setInterval(async () => {
    const rows = await ctx.db.query("select pid, state, wait_event_type, wait_event, left(query, 200) q from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")
    console.log(new Date().toISOString(), JSON.stringify(rows))
  }, 3000)
  const saves = await Promise.all(Array.from({ length: 10 }, (_, i) => ctx.rest.patch(`/articles/${id}?draft=true`, { lead: `导语${i}` }, editor)))
  console.log('saves', saves.map((r) => r.status), saves.filter(r=>r.status>=500).map(r=>JSON.stringify(r.body)))
  for (const [token, action] of [[editor, 'submit'], [reviewer, 'approve'], [reviewer, 'publish']] as const) {
    const r = await Promise.all(Array.from({ length: 6 }, () => act(id, token, action)))
    console.log(action, r.map((x) => x.status))
  }
  const list = await ctx.rest.get('/articles?limit=1')
  console.log('list', list.status)
  clearInterval(watch)
  const log = await ctx.db.query('select action from reviews where document_id = $1', [id])
  console.log('log', log.length)
}, 120000)
