/**
 * The review assistant in the workflow, on the real column: GET /api/articles/:id/checks for the
 * newsroom only, and the approve gate (no approval over an error finding without a written
 * reason; the override is in the review log). The article runs on the shipped 三审, and the gate
 * stands before every stage: 初审, 复审 and 终审 (approve or 签发) each need their own reason, since
 * each reviewer answers for what they let through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedColumn } from '../../src/seed/seedColumn'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser, signIn } from './helpers/users'

let ctx: TestContext
let articleId: number
let editor: string
/** 责任编辑 (初审). */
let reviewer: string
let second: string
let final: string

interface Finding {
  rule: string
  ruleName: string
  severity: 'error' | 'warning' | 'info'
  message: string
  excerpt: string
  offset: number
  length: number
  suggestion?: string
}

beforeAll(async () => {
  ctx = await startTestPayload()
  await seedColumn(ctx.payload)
  const { docs } = await ctx.payload.find({ collection: 'articles', limit: 1, depth: 0 })
  articleId = docs[0]!.id
  ;[editor, reviewer, second, final] = await Promise.all([
    signIn(ctx, ['editor']),
    signIn(ctx, ['first_reviewer']),
    signIn(ctx, ['second_reviewer']),
    signIn(ctx, ['final_reviewer']),
  ])
})
afterAll(() => ctx?.close())

const checks = (token?: string, id: number | string = articleId) =>
  ctx.rest.get<{
    findings: Finding[]
    checkedAt: string
    text: string
    parts: unknown[]
    counts: Record<string, number>
  }>(`/articles/${id}/checks`, token)

const act = (token: string, action: string, extra: Record<string, unknown> = {}) =>
  ctx.rest.request('POST', `/articles/${articleId}/workflow`, { json: { action, ...extra }, token })

/** What a refused approval must leave untouched: the newest version's state, stage and the review log. */
async function stored() {
  const [latest] = await ctx.db.query<{ state: string; stage: string | null }>(
    `SELECT version_workflow_status AS state, version_review_stage->'name'->>'zh' AS stage
       FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
    [articleId],
  )
  const [versions] = await ctx.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM _articles_v WHERE parent_id = $1',
    [articleId],
  )
  const log = await ctx.db.query<{
    action: string
    check_errors: string | null
    checks_overridden: boolean
    override_reason: string | null
  }>(
    'SELECT action, check_errors, checks_overridden, override_reason FROM reviews WHERE document_id = $1 AND document_collection = $2 ORDER BY id',
    [articleId, 'articles'],
  )
  return { state: latest!.state, stage: latest!.stage, versions: versions!.n, log }
}

describe('GET /api/articles/:id/checks on the seeded column', () => {
  it('finds no error: every figure of the column agrees with the seeded records', async () => {
    const { status, body, headers } = await checks(reviewer)
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toContain('no-store')
    expect(Date.parse(body.checkedAt)).not.toBeNaN()
    expect(body.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(body.counts.error).toBe(0)
    for (const f of body.findings) {
      expect(body.text.slice(f.offset, f.offset + f.length)).toBe(f.excerpt)
      expect(f.ruleName).toMatch(/\p{Script=Han}/u)
    }
    // The text the reviewer sees checked is the whole article: headline, cover caption, body, captions.
    expect(body.text).toContain('淄博市第九批援藏工作组创造昂仁品质打响淄博品牌')
    expect(body.text).toContain('投资489万元新建成的卡嘎镇便民服务中心和特色产品展销中心')
    expect(body.text).toContain('不忘初心 确保圆满完成援藏任务')
    // The article's real slips, as the library's own test over the same text finds them.
    const notPunctuation = body.findings
      .filter((f) => f.rule !== 'half-width-punctuation')
      .map((f) => [f.rule, f.severity, f.excerpt])
    expect(notPunctuation).toEqual([
      ['dates-are-valid', 'warning', '2021年4月16'],
      ['traditional-characters', 'warning', '學'],
      ['amounts-match-records', 'info', '600余万元'],
    ])
    // Besides those three: the article's ASCII commas, semicolons and parentheses, each a warning.
    const asciiMarks = [...body.text.matchAll(/[,;()]/g)].length
    expect(body.counts).toEqual({ error: 0, warning: asciiMarks + 2, info: 1 })
  })

  it('answers 401 to anonymous readers, 403 to an account without a newsroom role, 404 for no article', async () => {
    expect((await checks(undefined)).status).toBe(401)

    // Roles are required, but an account can lose them in the database (or through a future role):
    // it still logs in, and must see nothing of the drafts.
    const { user, email, password } = await createUser(ctx.payload, ['editor'])
    await ctx.db.query('DELETE FROM users_roles WHERE parent_id = $1', [user.id])
    const roleless = await ctx.rest.login(email, password)
    const refused = await checks(roleless)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).not.toContain('卡嘎镇')

    expect((await checks(reviewer, 987654)).status).toBe(404)
    expect((await checks(reviewer, 'not-a-number')).status).toBe(404)
  })
})

describe('approving over an error finding', () => {
  const REASON = '1350万元为县发改委调整后的批复数，项目记录待更新'

  it('blocks the approval without a reason, and logs it with one', async () => {
    // An editor changes a figure of the body in a new draft: 1300万元 becomes 1350万元.
    const draft = await ctx.rest.get(`/articles/${articleId}?draft=true&depth=0`, editor)
    const bodyJson = JSON.stringify(draft.body.body)
    expect(bodyJson).toContain('投资1300万元')
    const changed = JSON.parse(bodyJson.replace('投资1300万元', '投资1350万元'))
    expect((await ctx.rest.patch(`/articles/${articleId}?draft=true`, { body: changed }, editor)).status).toBe(200)

    // The checks see the draft, not the published text, and name the record.
    const found = await checks(reviewer)
    const errors = found.body.findings.filter((f) => f.severity === 'error')
    expect(errors.map((f) => [f.rule, f.excerpt])).toEqual([['amounts-match-records', '1350万元']])
    expect(errors[0]!.message).toContain('1300')

    // Submitting is not blocked; the answer says how many findings there are.
    const submitted = await act(editor, 'submit')
    expect(submitted.status).toBe(200)
    expect(submitted.body.checks).toMatchObject({ error: 1 })
    const before = await stored()
    expect(before).toMatchObject({ state: 'in_review', stage: '初审' })
    expect(before.log.at(-1)).toMatchObject({ action: 'submit', check_errors: '1', checks_overridden: false })

    // No reason, a blank one, a reason too short to say anything: refused, nothing changes.
    const attempts: [Record<string, unknown>, number][] = [
      [{}, 422],
      [{ overrideChecks: '   ' }, 422],
      [{ overrideChecks: null }, 422],
      [{ overrideChecks: '已核' }, 400],
      [{ overrideChecks: 1 }, 400],
    ]
    for (const [extra, status] of attempts) {
      expect((await act(reviewer, 'approve', extra)).status, JSON.stringify(extra)).toBe(status)
      expect(await stored()).toEqual(before)
    }
    const refused = await act(reviewer, 'approve')
    expect(refused.body.errors[0].message).toContain('稿件核查发现 1 处错误')
    expect(refused.body.errors[0].message).toContain('The checks found 1 error')

    // With a reason, it goes through, and the log holds the override and the reason.
    const approved = await act(reviewer, 'approve', { overrideChecks: REASON })
    expect(approved.status).toBe(200)
    expect(approved.body.review).toMatchObject({ checksOverridden: true, overrideReason: REASON, checkErrors: 1 })
    const after = await stored()
    expect(after).toMatchObject({ state: 'in_review', stage: '复审' })
    expect(after.log).toHaveLength(before.log.length + 1)
    expect(after.log.at(-1)).toEqual({
      action: 'approve',
      check_errors: '1',
      checks_overridden: true,
      override_reason: REASON,
    })
  })

  it('gates 复审 again: the reason given at 初审 does not cover the 部门主任', async () => {
    const before = await stored()
    expect(before.stage).toBe('复审')
    const refused = await act(second, 'approve')
    expect(refused.status).toBe(422)
    expect(refused.body.errors[0].message).toContain('稿件核查发现 1 处错误')
    expect(await stored()).toEqual(before)

    const approved = await act(second, 'approve', { overrideChecks: `复审：${REASON}` })
    expect(approved.status).toBe(200)
    expect(approved.body.review).toMatchObject({ stage: '复审', checksOverridden: true, checkErrors: 1 })
    expect(await stored()).toMatchObject({ state: 'in_review', stage: '终审' })
  })

  it('gates 终审 too, for approving as for 签发, and nothing goes live without a reason', async () => {
    const before = await stored()
    expect(before.stage).toBe('终审')
    for (const action of ['approve', 'sign_off']) {
      const refused = await act(final, action)
      expect(refused.status, action).toBe(422)
      expect(refused.body.errors[0].message).toContain('The checks found 1 error')
      expect(await stored()).toEqual(before)
    }
    const [live] = await ctx.db.query<{ body: string }>('SELECT body::text FROM articles WHERE id = $1', [articleId])
    expect(live!.body).toContain('投资1300万元')

    const approved = await act(final, 'approve', { overrideChecks: `终审：${REASON}` })
    expect(approved.status).toBe(200)
    expect(approved.body.review).toMatchObject({ stage: '终审', checksOverridden: true, to: 'approved' })
    const reasons = (await stored()).log.slice(-3).map((entry) => entry.override_reason)
    expect(reasons).toEqual([REASON, `复审：${REASON}`, `终审：${REASON}`])
  })

  it('never takes an override reason with another action', async () => {
    const before = await stored()
    const refused = await act(reviewer, 'publish', { overrideChecks: REASON })
    expect(refused.status).toBe(400)
    expect(await stored()).toEqual(before)
  })
})
