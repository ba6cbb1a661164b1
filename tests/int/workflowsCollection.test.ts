/**
 * The workflows collection: the stages of each editorial collection as data, edited by
 * administrators over REST (as the admin's form does). Who may change it, what a definition must
 * hold, and what a change does to documents already in review: a document finishes the stage it
 * is in as the stage was when it entered (its snapshot's roles still apply) and goes on by the
 * definition as it is when it leaves; a document entering a stage after the change sees the new one.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signInCrew } from './helpers/users'
import { REVIEWER } from './helpers/workflows'

let ctx: TestContext
let tokens: Record<string, string> = {}
let articleWorkflow: number

beforeAll(async () => {
  ctx = await startTestPayload()
  ;({ tokens } = await signInCrew(ctx, [
    ['editor', ['editor'], '王晓'],
    ['first', ['first_reviewer'], '张华'],
    ['second', ['second_reviewer'], '刘强'],
    ['final', ['final_reviewer'], '陈静'],
    ['otherFinal', ['final_reviewer'], '周平'],
    ['allStages', REVIEWER, '李明'],
    ['admin', ['admin'], '管理员'],
  ]))
  const { docs } = await ctx.payload.find({ collection: 'workflows', where: { collection: { equals: 'articles' } } })
  articleWorkflow = docs[0]!.id
})
afterAll(() => ctx?.close())

interface Stage {
  id?: string
  name: string
  nameEn?: string
  roles: string[]
  commentRequired?: boolean
  release?: boolean
  printedAs?: string
}

/** The shipped 三审, with the keys the migration gave its stages. */
const FIRST: Stage = {
  id: 'articles-first',
  name: '初审',
  nameEn: 'First review',
  roles: ['first_reviewer'],
  printedAs: '责任编辑',
}
const SECOND: Stage = { id: 'articles-second', name: '复审', nameEn: 'Second review', roles: ['second_reviewer'] }
const FINAL: Stage = {
  id: 'articles-final',
  name: '终审',
  nameEn: 'Final review',
  roles: ['final_reviewer'],
  release: true,
  printedAs: '签发',
}
const SHIPPED = [FIRST, SECOND, FINAL]

/**
 * Saves the stages as the admin's form does: every field of every row. (A row sent with a field
 * left out keeps its stored value, Payload merging rows by id.)
 */
const setStages = (stages: Stage[], who = 'admin') =>
  ctx.rest.patch(
    `/workflows/${articleWorkflow}`,
    { stages: stages.map((stage) => ({ commentRequired: false, release: false, printedAs: '', ...stage })) },
    tokens[who],
  )

/** The workflows as stored: every table the collection writes. */
const storedWorkflows = async () => ({
  workflows: await ctx.db.query('SELECT * FROM workflows ORDER BY id'),
  stages: await ctx.db.query('SELECT * FROM workflows_stages ORDER BY _parent_id, _order'),
  roles: await ctx.db.query('SELECT * FROM workflows_stages_roles ORDER BY parent_id, "order"'),
  versions: await ctx.db.query('SELECT count(*)::int AS n FROM _workflows_v'),
})

const articleStageNames = async () =>
  (
    await ctx.db.query<{ name: string }>('SELECT name FROM workflows_stages WHERE _parent_id = $1 ORDER BY _order', [
      articleWorkflow,
    ])
  ).map((row) => row.name)

const act = (id: number, who: string, action: string, extra: Record<string, unknown> = {}) =>
  ctx.rest.request('POST', `/articles/${id}/workflow`, { json: { action, ...extra }, token: tokens[who] })

async function take(id: number, steps: [string, string][]) {
  for (const [who, action] of steps) {
    const response = await act(id, who, action)
    expect(response.status, `${who} ${action}: ${JSON.stringify(response.body)}`).toBe(200)
  }
}

async function submitted(title: string) {
  const created = await ctx.rest.post(
    '/articles?draft=true',
    { title, body: buildLexicalDocument([{ type: 'paragraph', text: '正文。' }]) },
    tokens.editor,
  )
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  await take(id, [['editor', 'submit']])
  return id
}

const newest = async (id: number) => {
  const [row] = await ctx.db.query<{ state: string; stage: string | null; roles: string[] | null }>(
    `SELECT version_workflow_status AS state, version_review_stage->'name'->>'zh' AS stage,
            ARRAY(SELECT jsonb_array_elements_text(version_review_stage->'roles')) AS roles
       FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
    [id],
  )
  return row!
}

const log = async (id: number) =>
  (
    await ctx.db.query<{ action: string; stage: string | null }>(
      'SELECT action, stage FROM reviews WHERE document_id = $1 ORDER BY id',
      [id],
    )
  ).map((entry) => `${entry.action}@${entry.stage ?? '-'}`)

describe('who may change the workflows', () => {
  it('lets staff read the stages, and nobody but an administrator change them', async () => {
    const read = await ctx.rest.get(`/workflows/${articleWorkflow}`, tokens.editor)
    expect(read.status).toBe(200)
    expect(read.body.stages.map((stage: Stage) => stage.name)).toEqual(['初审', '复审', '终审'])
    expect((await ctx.rest.get('/workflows')).status).toBe(403)

    const before = await storedWorkflows()
    for (const who of ['editor', 'first', 'second', 'final', 'allStages']) {
      expect((await setStages([FINAL], who)).status, who).toBe(403)
      const created = await ctx.rest.post('/workflows', { collection: 'articles', stages: [FINAL] }, tokens[who])
      expect(created.status, who).toBe(403)
      const bulk = await ctx.rest.patch(
        `/workflows?where[id][equals]=${articleWorkflow}`,
        { stages: [FINAL] },
        tokens[who],
      )
      expect(bulk.status, who).toBeGreaterThanOrEqual(400)
      expect(bulk.body.docs ?? []).toEqual([])
    }
    expect((await setStages([FINAL], '')).status).toBe(403)
    expect(await storedWorkflows()).toEqual(before)
  })

  it('refuses to delete a workflow, to anyone, by any door', async () => {
    const before = await storedWorkflows()
    for (const who of ['admin', 'editor']) {
      expect((await ctx.rest.delete(`/workflows/${articleWorkflow}`, tokens[who])).status, who).toBe(403)
      const bulk = await ctx.rest.delete(`/workflows?where[collection][equals]=articles`, tokens[who])
      expect(bulk.status, who).toBeGreaterThanOrEqual(400)
    }
    const graphql = await ctx.rest.graphql(`mutation { deleteWorkflow(id: ${articleWorkflow}) { id } }`, tokens.admin)
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    expect(await storedWorkflows()).toEqual(before)
  })
})

describe('what a definition must hold', () => {
  beforeEach(async () => {
    expect((await setStages(SHIPPED)).status).toBe(200)
  })

  const INVALID: [string, Stage[], RegExp[]][] = [
    ['no stage at all', [], [/流程至少需要一个审核阶段。 \/ A workflow needs at least one review stage\./]],
    [
      'a stage without a role',
      [{ ...FIRST, roles: [] }, FINAL],
      [/第 1 个阶段（初审）需要指定由哪个角色审核。 \/ Stage 1 \(初审\) needs a role that acts at it\./],
    ],
    [
      'no release stage',
      [FIRST, { ...FINAL, release: false }],
      [/需要指定签发阶段：请在最后一个阶段勾选“签发”。 \/ Mark the release stage/],
    ],
    [
      'a release stage that is not the last',
      [
        { ...FIRST, release: true },
        { ...FINAL, release: false },
      ],
      [/签发阶段必须是最后一个阶段：.* \/ The release stage must be the last/],
    ],
    [
      'two release stages',
      [{ ...FIRST, release: true }, FINAL],
      [/只能有一个签发阶段。 \/ Only one stage can be the release stage\./],
    ],
    [
      'two stages of the same name',
      [FIRST, { ...SECOND, name: '初审' }, FINAL],
      [/阶段名称“初审”重复了，每个阶段需要不同的名称。 \/ The stage name “初审” is used twice/],
    ],
    [
      'several problems at once',
      [
        { ...FIRST, roles: [] },
        { ...FINAL, release: false },
      ],
      [/第 1 个阶段（初审）需要指定由哪个角色审核/, /需要指定签发阶段/],
    ],
  ]

  it.each(INVALID)('refuses %s with a 400 that says so, and changes nothing', async (_name, stages, messages) => {
    const before = await storedWorkflows()
    const response = await setStages(stages)
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    const said = JSON.stringify(response.body)
    for (const message of messages) expect(said).toMatch(message)
    const fields = (response.body.errors[0].data?.errors ?? []) as { path: string; message: string }[]
    expect(fields.length).toBe(messages.length)
    expect(await storedWorkflows()).toEqual(before)
  })

  it('refuses an invalid definition over GraphQL and the Local API the same way', async () => {
    const before = await storedWorkflows()
    const graphql = await ctx.rest.graphql(
      `mutation { updateWorkflow(id: ${articleWorkflow}, data: { stages: [] }) { id } }`,
      tokens.admin,
    )
    expect(JSON.stringify(graphql.body.errors)).toContain('流程至少需要一个审核阶段')
    await expect(
      ctx.payload.update({ collection: 'workflows', id: articleWorkflow, data: { stages: [] } }),
    ).rejects.toMatchObject({ status: 400 })
    expect(await storedWorkflows()).toEqual(before)
  })

  it('keeps every saved change as a version, so the desk can see who changed the stages', async () => {
    const [before] = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM _workflows_v')
    expect((await setStages([FIRST, { ...SECOND, commentRequired: true }, FINAL])).status).toBe(200)
    const [after] = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM _workflows_v')
    expect(after!.n).toBe(before!.n + 1)
  })
})

describe('a change of the stages', () => {
  beforeEach(async () => {
    expect((await setStages(SHIPPED)).status).toBe(200)
  })

  it('runs a one-stage workflow end to end: one 值班总编辑 approves and publishes, or signs off', async () => {
    const oneStage: Stage[] = [
      { name: '审核', nameEn: 'Review', roles: ['final_reviewer'], release: true, printedAs: '签发' },
    ]
    expect((await setStages(oneStage)).status).toBe(200)

    const approved = await submitted('一审即发')
    expect(await newest(approved)).toMatchObject({ state: 'in_review', stage: '审核' })
    expect((await act(approved, 'first', 'approve')).status).toBe(403)
    await take(approved, [['final', 'approve']])
    expect(await newest(approved)).toMatchObject({ state: 'approved', stage: '审核' })
    await take(approved, [['final', 'publish']])

    const signed = await submitted('一审签发')
    await take(signed, [['otherFinal', 'sign_off']])

    const live = await ctx.db.query<{ id: number; _status: string; printed_credits: unknown }>(
      'SELECT id, _status, printed_credits FROM articles WHERE id = ANY($1) ORDER BY id',
      [[approved, signed]],
    )
    expect(live).toEqual([
      { id: approved, _status: 'published', printed_credits: [{ label: '签发', name: '陈静' }] },
      { id: signed, _status: 'published', printed_credits: [{ label: '签发', name: '周平' }] },
    ])
    expect(await log(approved)).toEqual(['submit@-', 'approve@审核', 'publish@审核'])
    expect(await log(signed)).toEqual(['submit@-', 'sign_off@审核'])
  })

  it('lets a document at 复审 finish it after 复审 is removed, then go on to 终审', async () => {
    const atSecond = await submitted('复审中被删掉复审')
    await take(atSecond, [['first', 'approve']])
    const atFirst = await submitted('初审中被删掉复审')
    expect((await setStages([FIRST, FINAL])).status).toBe(200)
    expect(await articleStageNames()).toEqual(['初审', '终审'])

    // The 部门主任 still acts at the 复审 the document entered; the others of it are still refused.
    expect(await newest(atSecond)).toMatchObject({ stage: '复审', roles: ['second_reviewer'] })
    expect((await act(atSecond, 'final', 'approve')).status).toBe(403)
    await take(atSecond, [['second', 'approve']])
    expect(await newest(atSecond)).toMatchObject({ state: 'in_review', stage: '终审' })
    await take(atSecond, [['final', 'sign_off']])
    expect(await log(atSecond)).toEqual(['submit@-', 'approve@初审', 'approve@复审', 'sign_off@终审'])

    // At 初审 when 复审 went: it leaves 初审 by the new definition, straight to 终审.
    await take(atFirst, [['first', 'approve']])
    expect(await newest(atFirst)).toMatchObject({ state: 'in_review', stage: '终审' })

    // Submitted after the change: the new definition from the start.
    const after = await submitted('删掉复审之后送审')
    await take(after, [
      ['first', 'approve'],
      ['final', 'sign_off'],
    ])
    expect(await log(after)).toEqual(['submit@-', 'approve@初审', 'sign_off@终审'])
    const [row] = await ctx.db.query<{ passes: { stage: { zh: string } }[] }>(
      'SELECT sign_off AS passes FROM articles WHERE id = $1',
      [after],
    )
    expect(row!.passes.map((pass) => pass.stage.zh)).toEqual(['初审', '终审'])
  })

  it('lets the people a stage named when a document entered finish it; one entering after sees the new roles', async () => {
    const before = await submitted('初审换人之前')
    // 初审 now belongs to the 部门主任, and needs a written opinion.
    expect(
      (await setStages([{ ...FIRST, roles: ['second_reviewer'], commentRequired: true }, SECOND, FINAL])).status,
    ).toBe(200)
    const after = await submitted('初审换人之后')

    expect(await newest(before)).toMatchObject({ stage: '初审', roles: ['first_reviewer'] })
    await take(before, [['first', 'approve']])
    expect(await newest(before)).toMatchObject({ stage: '复审' })

    expect(await newest(after)).toMatchObject({ stage: '初审', roles: ['second_reviewer'] })
    expect((await act(after, 'first', 'approve')).status).toBe(403)
    const withoutOpinion = await act(after, 'second', 'approve')
    expect(withoutOpinion.status).toBe(400)
    expect(withoutOpinion.body.errors[0].message).toContain('「初审」阶段通过时需要填写意见')
    const passed = await act(after, 'second', 'approve', { comment: '事实核对无误' })
    expect(passed.status).toBe(200)
    expect(passed.body.review).toMatchObject({ stage: '初审', comment: '事实核对无误' })
    expect(await newest(after)).toMatchObject({ stage: '复审' })
    // The 部门主任 passed 初审 of this version: 复审 needs someone else.
    expect((await act(after, 'second', 'approve')).status).toBe(403)
    await take(after, [['allStages', 'approve']])
    expect(await newest(after)).toMatchObject({ stage: '终审' })
  })

  it('lets a stage added in the middle apply to documents that reach it after the change', async () => {
    const id = await submitted('中途加一道')
    const legal: Stage = { name: '法务审读', nameEn: 'Legal reading', roles: ['second_reviewer'] }
    expect((await setStages([FIRST, legal, SECOND, FINAL])).status).toBe(200)
    await take(id, [
      ['first', 'approve'],
      ['second', 'approve'],
      ['allStages', 'approve'],
      ['final', 'sign_off'],
    ])
    expect(await log(id)).toEqual(['submit@-', 'approve@初审', 'approve@法务审读', 'approve@复审', 'sign_off@终审'])
  })
})
