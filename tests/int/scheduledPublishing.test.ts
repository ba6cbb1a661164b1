import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { WORKFLOW_QUEUE } from '../../src/workflow/payload/publishScheduledTask'
import { inAnHour, letScheduledTimeCome } from './helpers/scheduledTime'
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

async function approvedArticle(title: string) {
  const created = await ctx.rest.post(
    '/articles?draft=true',
    { title, body: buildLexicalDocument([{ type: 'paragraph', text: '定时稿件。' }]) },
    editor,
  )
  const id = created.body.doc.id as number
  await act(id, editor, 'submit')
  await act(id, reviewer, 'approve')
  return id
}

/** What the server's own job runner does every 15 seconds. */
async function runSchedulerOnce() {
  await ctx.payload.jobs.queue({ task: 'publishScheduled', input: {}, queue: WORKFLOW_QUEUE })
  await ctx.payload.jobs.run({ queue: WORKFLOW_QUEUE })
}

const publicTitles = async () =>
  ((await ctx.rest.get('/articles?limit=100')).body.docs as { title: string }[]).map((d) => d.title)

describe('scheduled publishing', () => {
  it('publishes a scheduled article through the jobs queue once its time has come, and logs it', async () => {
    const id = await approvedArticle('定时见报')
    const scheduled = await act(id, reviewer, 'publish', { publishAt: inAnHour() })
    expect(scheduled.status).toBe(200)
    expect(scheduled.body.review).toMatchObject({ from: 'approved', to: 'scheduled' })

    await runSchedulerOnce()
    expect(await publicTitles()).not.toContain('定时见报')

    await letScheduledTimeCome(ctx, 'articles', id)
    await runSchedulerOnce()
    expect(await publicTitles()).toContain('定时见报')
    const log = await ctx.db.query<{ action: string; to: string; actor_name: string }>(
      'SELECT action, "to", actor_name FROM reviews WHERE document_id = $1 ORDER BY id',
      [id],
    )
    expect(log.at(-1)).toMatchObject({ action: 'publish', to: 'published', actor_name: '定时发布 / Scheduler' })
  })

  it('does not publish a scheduled article whose schedule was cancelled', async () => {
    const id = await approvedArticle('取消定时')
    expect((await act(id, reviewer, 'publish', { publishAt: inAnHour() })).status).toBe(200)
    expect((await act(id, reviewer, 'cancel_schedule')).status).toBe(200)
    await letScheduledTimeCome(ctx, 'articles', id)
    await runSchedulerOnce()
    expect(await publicTitles()).not.toContain('取消定时')
  })

  it('sends a scheduled article back to review when its text changes, so it is not published', async () => {
    const id = await approvedArticle('定时后又改')
    expect((await act(id, reviewer, 'publish', { publishAt: inAnHour() })).status).toBe(200)
    expect((await ctx.rest.patch(`/articles/${id}?draft=true`, { title: '定时后又改（未审）' }, editor)).status).toBe(
      200,
    )
    await letScheduledTimeCome(ctx, 'articles', id)
    await runSchedulerOnce()
    const titles = await publicTitles()
    expect(titles).not.toContain('定时后又改')
    expect(titles).not.toContain('定时后又改（未审）')
  })
})
