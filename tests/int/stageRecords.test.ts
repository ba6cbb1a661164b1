/**
 * The stage records (the stage a version sits at, its sign-off chain, the colleague a stage is
 * handed to, the names printed under the story) and the review state are written by workflow
 * steps only. Every other door refuses a staff user's attempt to write them, and leaves the
 * database exactly as it was: REST (single and bulk) and GraphQL. Over GraphQL the 三审 itself
 * runs as far as GraphQL goes (the steps are REST endpoints): writing and editing the story,
 * reading its stage as staff, and reading the published story as a reader, who never sees the
 * chain, only the printed names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import type { RestResponse } from './helpers/restClient'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signInCrew } from './helpers/users'
import { REVIEWER } from './helpers/workflows'

let ctx: TestContext
let tokens: Record<string, string> = {}
let ids: Record<string, number> = {}

beforeAll(async () => {
  ctx = await startTestPayload()
  ;({ tokens, ids } = await signInCrew(ctx, [
    ['editor', ['editor'], '王晓'],
    ['first', ['first_reviewer'], '张华'],
    ['second', ['second_reviewer'], '刘强'],
    ['final', ['final_reviewer'], '陈静'],
    ['allStages', REVIEWER, '李明'],
    ['admin', ['admin'], '管理员'],
  ]))
})
afterAll(() => ctx?.close())

const body = (text: string) => buildLexicalDocument([{ type: 'paragraph', text }])

const act = (id: number, who: string, action: string, extra: Record<string, unknown> = {}) =>
  ctx.rest.request('POST', `/articles/${id}/workflow`, { json: { action, ...extra }, token: tokens[who] })

async function newArticle(title: string) {
  const created = await ctx.rest.post('/articles?draft=true', { title, body: body('正文。') }, tokens.editor)
  expect(created.status).toBe(201)
  return created.body.doc.id as number
}

async function take(id: number, steps: [string, string][]) {
  for (const [who, action] of steps) {
    const response = await act(id, who, action)
    expect(response.status, `${who} ${action}: ${JSON.stringify(response.body)}`).toBe(200)
  }
}

/** At 复审, passed at 初审 by the 责任编辑. */
async function atSecondReview(title: string) {
  const id = await newArticle(title)
  await take(id, [
    ['editor', 'submit'],
    ['first', 'approve'],
  ])
  return id
}

/** Published through 三审 and signed off: it has printed names. */
async function signedOff(title: string) {
  const id = await atSecondReview(title)
  await take(id, [
    ['second', 'approve'],
    ['final', 'sign_off'],
  ])
  return id
}

/** Every row the document has, and its log and notifications: what a refusal must leave as it was. */
const everything = async (id: number) => ({
  row: await ctx.db.query('SELECT * FROM articles WHERE id = $1', [id]),
  versions: await ctx.db.query('SELECT * FROM _articles_v WHERE parent_id = $1 ORDER BY id', [id]),
  log: await ctx.db.query('SELECT * FROM reviews WHERE document_id = $1 ORDER BY id', [id]),
  notifications: await ctx.db.query('SELECT id FROM notifications WHERE document_id = $1 ORDER BY id', [id]),
})

const BOOKKEEPING = /审核阶段、签发记录|review stage, its sign-off chain/

/** Forged values for each record: skipping to 终审, a chain naming someone who passed nothing, … */
const FORGED: Record<string, () => unknown> = {
  reviewStage: () => ({
    key: 'articles-final',
    name: { zh: '终审', en: 'Final review' },
    roles: ['final_reviewer'],
    commentRequired: false,
    release: true,
    printedAs: '签发',
    index: 2,
    enteredAt: new Date().toISOString(),
  }),
  signOff: () => [
    {
      stageKey: 'articles-second',
      stage: { zh: '复审', en: 'Second review' },
      printedAs: '',
      userId: ids.editor,
      name: '王晓',
      at: new Date().toISOString(),
      action: 'approve',
    },
  ],
  stageAssignee: () => ids.allStages,
  printedCredits: () => [{ label: '签发', name: '假冒的总编辑' }],
}

type Door = (id: number, data: Record<string, unknown>, token: string) => Promise<RestResponse>
/**
 * The doors, with the status each answers a refusal with. Payload answers a bulk write with 400
 * and lists each document's refusal (here the guard's 403 message) with nothing updated.
 */
const DOORS: [string, Door, number][] = [
  ['PATCH ?draft=true', (id, data, token) => ctx.rest.patch(`/articles/${id}?draft=true`, data, token), 403],
  ['PATCH', (id, data, token) => ctx.rest.patch(`/articles/${id}`, data, token), 403],
  [
    'bulk PATCH ?where',
    (id, data, token) => ctx.rest.patch(`/articles?where[id][equals]=${id}&draft=true`, data, token),
    400,
  ],
  [
    'bulk PATCH ?where (published)',
    (id, data, token) => ctx.rest.patch(`/articles?where[id][equals]=${id}`, data, token),
    400,
  ],
]

/** The refusal's status and message, whether Payload answers one document or a bulk write. */
const refusalOf = (response: RestResponse) => ({
  status: response.status,
  message: String(response.body?.errors?.[0]?.message ?? ''),
  updated: Array.isArray(response.body?.docs) ? response.body.docs.length : 0,
})

describe('REST writes of the stage records by staff', () => {
  const cases = Object.keys(FORGED).flatMap((field) =>
    DOORS.flatMap(([door, write, status]) =>
      ['editor', 'first', 'final', 'admin'].map((who) => ({ field, door, write, status, who })),
    ),
  )

  it.each(cases)(
    'refuses $field by $who through $door ($status), and nothing changes',
    async ({ field, write, status, who }) => {
      const id = await atSecondReview(`伪造 ${field}`)
      const before = await everything(id)
      const response = await write(id, { [field]: FORGED[field]!() }, tokens[who]!)
      const refusal = refusalOf(response)
      expect(refusal, JSON.stringify(response.body)).toMatchObject({ status, updated: 0 })
      expect(refusal.message).toMatch(BOOKKEEPING)
      expect(await everything(id)).toEqual(before)
    },
  )

  it('refuses forged printed names on a published story, with a content change or without', async () => {
    const id = await signedOff('见报署名不能改')
    const before = await everything(id)
    for (const data of [
      { printedCredits: FORGED.printedCredits!() },
      { printedCredits: FORGED.printedCredits!(), lead: '顺便改导语' },
      { signOff: [], lead: '清空签发记录' },
    ]) {
      for (const [door, write, status] of DOORS) {
        const response = await write(id, data, tokens.admin!)
        expect(refusalOf(response), `${door} ${JSON.stringify(data)}`).toMatchObject({ status, updated: 0 })
        expect(await everything(id)).toEqual(before)
      }
    }
    expect((await ctx.rest.get(`/articles/${id}`)).body.printedCredits).toEqual([
      { label: '责任编辑', name: '张华' },
      { label: '签发', name: '陈静' },
    ])
  })

  it('takes the records sent back as they are stored (as the admin form does): no change, no refusal', async () => {
    const id = await atSecondReview('原样送回')
    const read = await ctx.rest.get(`/articles/${id}?draft=true&depth=0`, tokens.editor)
    const { reviewStage, signOff, stageAssignee, printedCredits, workflowStatus } = read.body
    expect(reviewStage.name.zh).toBe('复审')
    const saved = await ctx.rest.patch(
      `/articles/${id}?draft=true`,
      { reviewStage, signOff, stageAssignee, printedCredits, workflowStatus },
      tokens.editor,
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const [newest] = await ctx.db.query(
      `SELECT version_review_stage->>'key' AS stage, jsonb_array_length(version_sign_off) AS passes
         FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    )
    expect(newest).toEqual({ stage: 'articles-second', passes: 1 })
  })

  it('gives a new document, or a duplicate, nobody’s stage and nobody’s names, whatever is sent', async () => {
    const created = await ctx.rest.post(
      '/articles?draft=true',
      {
        title: '带着伪造记录新建',
        body: body('正文。'),
        ...Object.fromEntries(Object.entries(FORGED).map(([field, value]) => [field, value()])),
      },
      tokens.editor,
    )
    expect(created.status).toBe(201)
    const original = await signedOff('被复制的已发布稿件')
    const copy = await ctx.rest.post(`/articles/${original}/duplicate?draft=true`, {}, tokens.editor)
    expect(copy.status, JSON.stringify(copy.body)).toBeLessThan(300)
    for (const id of [created.body.doc.id, copy.body.doc.id]) {
      const [row] = await ctx.db.query(
        `SELECT workflow_status, review_stage, sign_off, stage_assignee_id, printed_credits FROM articles WHERE id = $1`,
        [id],
      )
      expect(row).toEqual({
        workflow_status: 'draft',
        review_stage: null,
        sign_off: [],
        stage_assignee_id: null,
        printed_credits: null,
      })
    }
  })
})

const graphql = (query: string, who?: string, variables?: Record<string, unknown>) =>
  ctx.rest.request('POST', '/graphql', { json: { query, variables }, token: who ? tokens[who] : undefined })

describe('GraphQL writes of the stage records and the review state', () => {
  const LITERALS: Record<string, string> = {
    reviewStage:
      'reviewStage: { key: "articles-final", name: { zh: "终审", en: "Final review" }, roles: ["final_reviewer"], release: true, index: 2 }',
    signOff: 'signOff: [{ stageKey: "articles-second", userId: 1, name: "王晓", action: "approve" }]',
    stageAssignee: 'stageAssignee: STAGE_ASSIGNEE',
    printedCredits: 'printedCredits: [{ label: "签发", name: "假冒的总编辑" }]',
    workflowStatus: 'workflowStatus: approved',
  }

  const cases = Object.keys(LITERALS).flatMap((field) =>
    ['editor', 'first', 'admin'].flatMap((who) => [true, false].map((draft) => ({ field, who, draft }))),
  )

  it.each(cases)(
    'refuses updateArticle with $field by $who (draft: $draft), and nothing changes',
    async ({ field, who, draft }) => {
      const id = await atSecondReview(`GraphQL 伪造 ${field}`)
      const before = await everything(id)
      const data = LITERALS[field]!.replace('STAGE_ASSIGNEE', String(ids.allStages))
      const response = await graphql(
        `mutation { updateArticle(id: ${id}, draft: ${draft}, data: { ${data} }) { id } }`,
        who,
      )
      expect(response.body.errors?.length, JSON.stringify(response.body)).toBeGreaterThan(0)
      expect(response.body.data?.updateArticle ?? null).toBeNull()
      expect(JSON.stringify(response.body.errors)).toMatch(
        /审核阶段、签发记录|审稿状态只能通过审稿操作更改|这篇稿件已发布|review stage|review status/,
      )
      expect(await everything(id)).toEqual(before)
    },
  )
})

describe('三审 over GraphQL, as far as GraphQL goes', () => {
  const STAFF_VIEW = `query ($id: Int!) {
    Article(id: $id, draft: true) { title workflowStatus reviewStage signOff stageAssignee { id } }
  }`
  const READER_VIEW = `query ($id: Int!) {
    Article(id: $id) { title printedCredits reviewStage signOff stageAssignee { id } scheduledFor }
  }`
  const READER_LIST = `{ Articles(limit: 100) { docs { id title printedCredits reviewStage signOff stageAssignee { id } } } }`

  const staffView = async (id: number, who = 'first') => {
    const response = await graphql(STAFF_VIEW, who, { id })
    expect(response.body.errors, JSON.stringify(response.body)).toBeUndefined()
    return response.body.data.Article as {
      title: string
      workflowStatus: string
      reviewStage: { name: { zh: string } } | null
      signOff: { name: string; stage: { zh: string } }[] | null
      stageAssignee: { id: number } | null
    }
  }

  it('writes, edits and reads the story over GraphQL while the stages pass it on REST', async () => {
    const created = await graphql(
      `
        mutation ($data: mutationArticleInput!) {
          createArticle(draft: true, data: $data) {
            id
            workflowStatus
          }
        }
      `,
      'editor',
      { data: { title: '经由 GraphQL 的三审', body: body('GraphQL 写的正文。') } },
    )
    expect(created.body.errors, JSON.stringify(created.body)).toBeUndefined()
    const id = created.body.data.createArticle.id as number
    expect(created.body.data.createArticle.workflowStatus).toBe('draft')

    await take(id, [['editor', 'submit']])
    expect((await staffView(id)).reviewStage?.name.zh).toBe('初审')
    await take(id, [['first', 'approve']])
    const atSecond = await staffView(id, 'second')
    expect(atSecond).toMatchObject({ workflowStatus: 'in_review', reviewStage: { name: { zh: '复审' } } })
    expect(atSecond.signOff?.map((pass) => [pass.stage.zh, pass.name])).toEqual([['初审', '张华']])

    // An edit over GraphQL is an edit like any other: the approval is gone, back to 初审.
    const edited = await graphql(
      `mutation { updateArticle(id: ${id}, draft: true, data: { lead: "GraphQL 改的导语" }) { id } }`,
      'editor',
    )
    expect(edited.body.errors, JSON.stringify(edited.body)).toBeUndefined()
    const back = await staffView(id)
    expect(back).toMatchObject({ workflowStatus: 'in_review', reviewStage: { name: { zh: '初审' } }, signOff: [] })

    await take(id, [
      ['first', 'approve'],
      ['second', 'approve'],
    ])
    expect((await staffView(id, 'final')).reviewStage?.name.zh).toBe('终审')
    // Still nothing for readers before 签发.
    const early = await graphql(READER_VIEW, undefined, { id })
    expect(early.body.data?.Article ?? null).toBeNull()
    await take(id, [['final', 'sign_off']])

    const chain = await staffView(id, 'editor')
    expect(chain.workflowStatus).toBe('published')
    expect(chain.signOff?.map((pass) => [pass.stage.zh, pass.name])).toEqual([
      ['初审', '张华'],
      ['复审', '刘强'],
      ['终审', '陈静'],
    ])

    // A reader sees the printed names and none of the records behind them.
    const read = await graphql(READER_VIEW, undefined, { id })
    expect(read.body.data.Article).toEqual({
      title: '经由 GraphQL 的三审',
      printedCredits: [
        { label: '责任编辑', name: '张华' },
        { label: '签发', name: '陈静' },
      ],
      reviewStage: null,
      signOff: null,
      stageAssignee: null,
      scheduledFor: null,
    })
    const list = await graphql(READER_LIST)
    const docs = list.body.data.Articles.docs as Record<string, unknown>[]
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(doc).toMatchObject({ reviewStage: null, signOff: null, stageAssignee: null })
    expect(JSON.stringify(list.body)).not.toMatch(/enteredAt|stageKey|articles-first|刘强/)
  })

  it('never shows a reader the stage of a story whose edit waits in review, nor of a reassigned one', async () => {
    const id = await signedOff('线上稿件改后复审')
    expect((await ctx.rest.patch(`/articles/${id}?draft=true`, { lead: '待审的修改' }, tokens.editor)).status).toBe(200)
    await take(id, [
      ['editor', 'submit'],
      ['first', 'approve'],
    ])
    const reassigned = await act(id, 'admin', 'reassign', { assignee: ids.allStages })
    expect(reassigned.status, JSON.stringify(reassigned.body)).toBe(200)
    // Staff see whom it was handed to (the account itself only as far as they may read accounts).
    expect((await staffView(id, 'admin')).stageAssignee).toEqual({ id: ids.allStages })
    expect((await staffView(id, 'allStages')).stageAssignee).toEqual({ id: ids.allStages })

    for (const query of [
      READER_VIEW,
      `query ($id: Int!) { Article(id: $id, draft: true) { reviewStage signOff stageAssignee { id } } }`,
    ]) {
      const read = await graphql(query, undefined, { id })
      expect(read.body.data?.Article ?? {}, query).toMatchObject({
        reviewStage: null,
        signOff: null,
        stageAssignee: null,
      })
    }
    const rest = await ctx.rest.get(`/articles/${id}?draft=true`)
    for (const field of ['reviewStage', 'signOff', 'stageAssignee']) expect(rest.body).not.toHaveProperty(field)
    const restList = await ctx.rest.get('/articles?limit=100&depth=1')
    expect(JSON.stringify(restList.body)).not.toMatch(/reviewStage|signOff|stageAssignee|enteredAt/)
  })
})
