import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser } from './helpers/users'

/**
 * 三审 over REST with real logins: an editor, and one person per stage of the shipped article
 * workflow (初审 责任编辑, 复审 部门主任, 终审 值班总编辑), plus one who holds two stage roles.
 */
let ctx: TestContext
let editor: string
let first: string
let second: string
let final: string
let twoRoles: string
let otherFirst: string
let otherFinal: string
let admin: string
const ids: Record<string, number> = {}

async function account(roles: Parameters<typeof createUser>[1], realName: string) {
  const { user, email, password } = await createUser(ctx.payload, roles, realName)
  await ctx.payload.update({ collection: 'users', id: user.id, data: { realName } })
  ids[realName] = user.id
  return ctx.rest.login(email, password)
}

beforeAll(async () => {
  ctx = await startTestPayload()
  editor = await account(['editor'], '王晓')
  first = await account(['first_reviewer'], '张华')
  second = await account(['second_reviewer'], '刘强')
  final = await account(['final_reviewer'], '陈静')
  twoRoles = await account(['first_reviewer', 'second_reviewer'], '赵敏')
  otherFirst = await account(['first_reviewer'], '孙丽')
  otherFinal = await account(['final_reviewer'], '周平')
  admin = await account(['admin'], '管理员')
})
afterAll(() => ctx?.close())

const body = (text: string) => buildLexicalDocument([{ type: 'paragraph', text }])

async function submitted(title: string) {
  const created = await ctx.rest.post('/articles?draft=true', { title, body: body('援藏工作组的报道。') }, editor)
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  expect((await act(id, editor, 'submit')).status).toBe(200)
  return id
}

const act = (id: number, token: string, action: string, extra: Record<string, unknown> = {}) =>
  ctx.rest.request('POST', `/articles/${id}/workflow`, { json: { action, ...extra }, token })

const newest = async (id: number) => {
  const [row] = await ctx.db.query(
    `SELECT version_workflow_status AS state, version_review_stage AS stage, version_sign_off AS passes
       FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
    [id],
  )
  return row as {
    state: string
    stage: { key: string; name: { zh: string } } | null
    passes: { name: string }[] | null
  }
}

const log = async (id: number) =>
  ctx.db.query<{ action: string; stage: string | null; actor_name: string }>(
    'SELECT action, stage, actor_name FROM reviews WHERE document_id = $1 ORDER BY id',
    [id],
  )

describe('三审 on the shipped article workflow', () => {
  it('passes 初审, 复审 and 终审 by three different people, then publishes with their names printed', async () => {
    const id = await submitted('三审通过的稿件')
    expect((await newest(id)).stage?.name.zh).toBe('初审')

    // Nobody may skip ahead: the 值班总编辑 cannot pass 初审, nor sign it off before its stage.
    expect((await act(id, final, 'approve')).status).toBe(403)
    expect((await act(id, first, 'approve')).status).toBe(200)
    expect((await newest(id)).stage?.name.zh).toBe('复审')
    expect((await act(id, first, 'approve')).status).toBe(403)
    expect((await act(id, second, 'approve')).status).toBe(200)
    expect((await newest(id)).stage?.name.zh).toBe('终审')
    expect(((await ctx.rest.get(`/articles/${id}`)).body as { title?: string }).title).toBeUndefined()

    const signedOff = await act(id, final, 'sign_off')
    expect(signedOff.status).toBe(200)
    const [live] = await ctx.db.query('SELECT _status, printed_credits FROM articles WHERE id = $1', [id])
    expect(live).toMatchObject({
      _status: 'published',
      printed_credits: [
        { label: '责任编辑', name: '张华' },
        { label: '签发', name: '陈静' },
      ],
    })
    expect((await newest(id)).passes?.map((pass) => pass.name)).toEqual(['张华', '刘强', '陈静'])
    expect((await log(id)).map((entry) => [entry.action, entry.stage])).toEqual([
      ['submit', null],
      ['approve', '初审'],
      ['approve', '复审'],
      ['sign_off', '终审'],
    ])
    // Readers get the names the newspaper prints, never the chain's staff records.
    const read = (await ctx.rest.get(`/articles/${id}`)).body as Record<string, unknown>
    expect(read.printedCredits).toEqual([
      { label: '责任编辑', name: '张华' },
      { label: '签发', name: '陈静' },
    ])
    expect(read).not.toHaveProperty('signOff')
    expect(read).not.toHaveProperty('reviewStage')
  })

  it('refuses a user who holds two stage roles at the second stage of the same version', async () => {
    const id = await submitted('一人两审')
    expect((await act(id, twoRoles, 'approve')).status).toBe(200)
    const again = await act(id, twoRoles, 'approve')
    expect(again.status).toBe(403)
    expect(again.body.errors[0].message).toContain('每个阶段须由不同的人审核')
    expect((await newest(id)).stage?.name.zh).toBe('复审')
    expect((await log(id)).length).toBe(2)
  })

  it('sends the document back to the first stage on request for changes, and on any edit after an approval', async () => {
    const id = await submitted('退回再审')
    expect((await act(id, first, 'approve')).status).toBe(200)
    expect((await act(id, second, 'request_changes', { comment: '请补充数据来源' })).status).toBe(200)
    expect(await newest(id)).toMatchObject({ state: 'changes_requested', stage: null, passes: [] })
    expect((await act(id, editor, 'submit')).status).toBe(200)
    expect((await newest(id)).stage?.name.zh).toBe('初审')

    expect((await act(id, first, 'approve')).status).toBe(200)
    expect((await act(id, second, 'approve')).status).toBe(200)
    // An edit at 终审 voids every approval: back to 初审 with nobody's.
    const edited = await ctx.rest.patch(`/articles/${id}?draft=true`, { body: body('改过的正文。') }, editor)
    expect(edited.status).toBe(200)
    expect(await newest(id)).toMatchObject({ state: 'in_review', passes: [] })
    expect((await newest(id)).stage?.name.zh).toBe('初审')
    expect((await act(id, final, 'sign_off')).status).toBe(403)
  })
})

/** Everything a refused step must leave as it was: the document's rows, its log, its notifications. */
const everything = async (id: number) => ({
  row: await ctx.db.query('SELECT * FROM articles WHERE id = $1', [id]),
  versions: await ctx.db.query('SELECT * FROM _articles_v WHERE parent_id = $1 ORDER BY id', [id]),
  log: await ctx.db.query('SELECT * FROM reviews WHERE document_id = $1 ORDER BY id', [id]),
  notifications: await ctx.db.query('SELECT * FROM notifications WHERE document_id = $1 ORDER BY id', [id]),
})

const assigneeOf = async (id: number) =>
  (
    await ctx.db.query<{ assignee: number | null }>(
      'SELECT version_stage_assignee_id AS assignee FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
      [id],
    )
  )[0]!.assignee

describe('初审 → 终审 for the factual records', () => {
  it.each([
    ['projects', { name: '两审的援藏项目', categories: ['education'] }],
    ['honors', { title: '两审的荣誉', level: 'county', awardedBy: '昂仁县委' }],
  ] as const)('takes %s through 初审 and 终审, with no 复审 and no 部门主任', async (collection, data) => {
    const created = await ctx.rest.post(`/${collection}?draft=true`, data, editor)
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const step = (token: string, action: string) =>
      ctx.rest.request('POST', `/${collection}/${id}/workflow`, { json: { action }, token })
    expect((await step(editor, 'submit')).status).toBe(200)
    expect((await step(second, 'approve')).status).toBe(403)
    expect((await step(first, 'approve')).status).toBe(200)
    expect((await step(second, 'approve')).status).toBe(403)
    expect((await step(first, 'sign_off')).status).toBe(403)
    expect((await step(final, 'sign_off')).status).toBe(200)
    const entries = await ctx.db.query<{ action: string; stage: string | null }>(
      'SELECT action, stage FROM reviews WHERE document_collection = $1 AND document_id = $2 ORDER BY id',
      [collection, id],
    )
    expect(entries.map((entry) => [entry.action, entry.stage])).toEqual([
      ['submit', null],
      ['approve', '初审'],
      ['sign_off', '终审'],
    ])
    const [live] = await ctx.db.query(`SELECT _status, printed_credits FROM ${collection} WHERE id = $1`, [id])
    // The records print no names: their stages have none to print.
    expect(live).toEqual({ _status: 'published', printed_credits: [] })
  })
})

describe('改派: an administrator hands a stuck stage to another of its people', () => {
  it('is for administrators only: everyone else is refused (403) and nothing changes', async () => {
    const id = await submitted('改派权限')
    const before = await everything(id)
    for (const token of [editor, first, second, final, twoRoles]) {
      const refused = await act(id, token, 'reassign', { assignee: ids['孙丽'] })
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].message).toContain('只有管理员可以改派审稿人')
    }
    expect(await everything(id)).toEqual(before)
  })

  it('names only one of the stage’s own people (422), someone who exists (422), and someone at all (400)', async () => {
    const id = await submitted('改派对象')
    const before = await everything(id)
    for (const [assignee, status, message] of [
      [ids['刘强'], 422, '只能改派给「初审」阶段的审核人'],
      [ids['陈静'], 422, '改派不能跳过阶段'],
      [ids['王晓'], 422, '只能改派给「初审」阶段的审核人'],
      [987654, 422, '找不到要改派的同事'],
      ['not-an-id', 422, '找不到要改派的同事'],
      [undefined, 400, '改派需要指定接手的同事'],
    ] as const) {
      const refused = await act(id, admin, 'reassign', assignee === undefined ? {} : { assignee })
      expect(refused.status, String(assignee)).toBe(status)
      expect(refused.body.errors[0].message).toContain(message)
    }
    expect(await everything(id)).toEqual(before)

    // Someone who passed another stage of this version may not take this one.
    expect((await act(id, twoRoles, 'approve')).status).toBe(200)
    const passedBefore = await act(id, admin, 'reassign', { assignee: ids['赵敏'] })
    expect(passedBefore.status).toBe(422)
    expect(passedBefore.body.errors[0].message).toContain('已审核过它的另一阶段')
  })

  it('holds the stage for the assignee alone: others of it are refused (403), the assignee approves, and hears of it', async () => {
    const id = await submitted('改派给孙丽')
    const reassigned = await act(id, admin, 'reassign', { assignee: ids['孙丽'] })
    expect(reassigned.status, JSON.stringify(reassigned.body)).toBe(200)
    expect(reassigned.body.review).toMatchObject({
      action: 'reassign',
      stage: '初审',
      from: 'in_review',
      to: 'in_review',
    })
    expect(reassigned.body.review.comment).toContain('改派给 孙丽')
    expect(await assigneeOf(id)).toBe(ids['孙丽'])

    const [notice] = await ctx.db.query<{ recipient_id: number; message: string }>(
      "SELECT recipient_id, message FROM notifications WHERE document_id = $1 AND message LIKE '管理员把%'",
      [id],
    )
    expect(notice).toEqual({
      recipient_id: ids['孙丽'],
      message:
        '管理员把《改派给孙丽》的「初审」改派给您。 / An administrator handed you the First review of "改派给孙丽".',
    })
    const inbox = await ctx.rest.get('/notifications?limit=50', otherFirst)
    expect(inbox.body.docs.map((n: { message: string }) => n.message)).toContain(notice!.message)

    const before = await everything(id)
    const refused = await act(id, first, 'approve')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('改派给另一位同事')
    expect((await act(id, first, 'request_changes', { comment: '我来退回' })).status).toBe(403)
    expect(await everything(id)).toEqual(before)

    expect((await act(id, otherFirst, 'approve')).status).toBe(200)
    // Leaving the stage ends the assignment: 复审 is anyone's of it again.
    expect(await newest(id)).toMatchObject({ state: 'in_review', stage: { name: { zh: '复审' } } })
    expect(await assigneeOf(id)).toBeNull()
    expect((await act(id, second, 'approve')).status).toBe(200)
    expect((await act(id, final, 'sign_off')).status).toBe(200)
    expect((await newest(id)).passes?.map((pass) => pass.name)).toEqual(['孙丽', '刘强', '陈静'])
    expect((await log(id)).map((entry) => [entry.action, entry.stage])).toEqual([
      ['submit', null],
      ['reassign', '初审'],
      ['approve', '初审'],
      ['approve', '复审'],
      ['sign_off', '终审'],
    ])
  })

  it('hands the release stage of an approved document to one 值班总编辑, who alone publishes it', async () => {
    const id = await submitted('改派签发')
    expect((await act(id, first, 'approve')).status).toBe(200)
    expect((await act(id, second, 'approve')).status).toBe(200)
    expect((await act(id, final, 'approve')).status).toBe(200)
    expect((await act(id, admin, 'reassign', { assignee: ids['周平'] })).status).toBe(200)
    expect((await act(id, final, 'publish')).status).toBe(403)
    expect((await act(id, otherFinal, 'publish')).status).toBe(200)
    expect(await assigneeOf(id)).toBeNull()
  })
})

describe('simultaneous steps', () => {
  /** Sends the requests at once; exactly one goes through, the others answer 409 (never 500). */
  async function race(id: number, attempts: (() => ReturnType<typeof act>)[]) {
    const answers = await Promise.all(attempts.map((attempt) => attempt()))
    expect(answers.map((answer) => answer.status).sort(), JSON.stringify(answers.map((a) => a.body))).toEqual([
      200,
      ...Array(attempts.length - 1).fill(409),
    ])
    expect(answers.find((answer) => answer.status === 409)!.body.errors[0].message).toMatch(/刷新|reload/)
    return answers
  }

  it('takes a double-clicked approve once: one log entry, one pass in the chain', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await submitted(`双击通过 ${round}`)
      await race(id, [() => act(id, first, 'approve'), () => act(id, first, 'approve')])
      expect((await log(id)).map((entry) => [entry.action, entry.stage])).toEqual([
        ['submit', null],
        ['approve', '初审'],
      ])
      expect((await newest(id)).passes?.map((pass) => pass.name)).toEqual(['张华'])
      expect((await newest(id)).stage?.name.zh).toBe('复审')
    }
  })

  it('lets only one of two 责任编辑 approving at once pass 初审', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await submitted(`两人同时初审 ${round}`)
      const answers = await race(id, [() => act(id, first, 'approve'), () => act(id, otherFirst, 'approve')])
      const winner = answers[0]!.status === 200 ? '张华' : '孙丽'
      expect((await log(id)).filter((entry) => entry.action === 'approve')).toEqual([
        { action: 'approve', stage: '初审', actor_name: winner },
      ])
      expect((await newest(id)).passes?.map((pass) => pass.name)).toEqual([winner])
    }
  })

  it('signs off once when two 值班总编辑 sign off at once, and publishes once', async () => {
    const id = await submitted('两人同时签发')
    expect((await act(id, first, 'approve')).status).toBe(200)
    expect((await act(id, second, 'approve')).status).toBe(200)
    await race(id, [() => act(id, final, 'sign_off'), () => act(id, otherFinal, 'sign_off')])
    expect((await log(id)).filter((entry) => entry.action === 'sign_off')).toHaveLength(1)
    expect((await newest(id)).passes).toHaveLength(3)
    const [live] = await ctx.db.query<{ _status: string; printed_credits: unknown[] }>(
      'SELECT _status, printed_credits FROM articles WHERE id = $1',
      [id],
    )
    expect(live!._status).toBe('published')
    expect(live!.printed_credits).toHaveLength(2)
  })
})
