import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../src/workflow/actions'
import { decideTransition, type Decision } from '../../src/workflow/decide'
import { performTransition, type Actor } from '../../src/workflow/payload/performTransition'
import { DEFAULT_WORKFLOWS } from '../../src/workflow/stages/defaultWorkflows'
import type { ReviewPosition } from '../../src/workflow/stages/position'
import type { WorkflowState } from '../../src/workflow/states'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser, TEST_PASSWORD } from './helpers/users'
import { REVIEWER } from './helpers/workflows'

/**
 * Every action by every role at every place a document can stand, over REST with real logins, on
 * the shipped 三审 (初审 → 复审 → 终审). The pure module's own tests hold the expected table; this
 * checks that the API applies exactly the decision the pure module makes for the stored document
 * (its state, stage and sign-off chain as the database holds them) and that a refusal leaves the
 * database as it was.
 */
let ctx: TestContext
const people: Record<string, { id: number; roles: string[]; token: string }> = {}

const ROLES = {
  editor: ['editor'],
  first: ['first_reviewer'],
  second: ['second_reviewer'],
  final: ['final_reviewer'],
  // The migrated one-gate reviewer: every stage role. It passes 初审 on the way (below), so at the
  // later stages it meets the different-eyes rule.
  allStages: [...REVIEWER],
  admin: ['admin'],
} as const

type Place =
  | 'draft'
  | 'in_review@初审'
  | 'in_review@复审'
  | 'in_review@终审'
  | 'changes_requested'
  | 'approved'
  | 'scheduled'
  | 'published'
  | 'archived'

// The server's own reviewers, one per later stage (different eyes hold for them too).
const system = (n: number): Actor => ({ id: `system-${n}`, name: `系统 ${n}`, roles: ['admin'] })

/** How to bring a fresh document to each place: who takes which step. `allStages` passes 初审. */
const PATH_TO: Record<Place, [() => Actor, WorkflowAction][]> = (() => {
  const firstStage = (): Actor => ({ id: people.allStages!.id, name: 'allStages', roles: [...ROLES.allStages] })
  const submit: [() => Actor, WorkflowAction] = [() => system(0), 'submit']
  const toSecond: [() => Actor, WorkflowAction][] = [submit, [firstStage, 'approve']]
  const toFinal: [() => Actor, WorkflowAction][] = [...toSecond, [() => system(2), 'approve']]
  const approved: [() => Actor, WorkflowAction][] = [...toFinal, [() => system(3), 'approve']]
  const published: [() => Actor, WorkflowAction][] = [...toFinal, [() => system(3), 'sign_off']]
  return {
    draft: [],
    'in_review@初审': [submit],
    'in_review@复审': toSecond,
    'in_review@终审': toFinal,
    changes_requested: [...toSecond, [() => system(2), 'request_changes']],
    approved,
    scheduled: [...approved, [() => system(3), 'publish']],
    published,
    archived: [...published, [() => system(3), 'unpublish']],
  }
})()

beforeAll(async () => {
  ctx = await startTestPayload()
  for (const [name, roles] of Object.entries(ROLES)) {
    const account = await createUser(ctx.payload, [...roles], name)
    people[name] = { id: account.user.id, roles: [...roles], token: await ctx.rest.login(account.email, TEST_PASSWORD) }
  }
})
afterAll(() => ctx?.close())

const future = () => new Date(Date.now() + 3_600_000).toISOString()
const needsComment = (action: string) => action === 'request_changes' || action === 'unpublish'

async function documentAt(place: Place) {
  const created = await ctx.payload.create({
    collection: 'articles',
    data: { title: `矩阵 ${place}`, body: buildLexicalDocument([{ type: 'paragraph', text: '正文。' }]) },
  })
  const req = await createLocalReq({}, ctx.payload)
  for (const [actor, action] of PATH_TO[place]) {
    const extra = needsComment(action)
      ? { comment: '理由' }
      : place === 'scheduled' && action === 'publish'
        ? { publishAt: future() }
        : {}
    await performTransition(req, actor(), { collection: 'articles', id: created.id, action, ...extra })
  }
  return created.id
}

/** Where the newest version stands, read straight from the database. */
async function standing(id: number): Promise<{ state: WorkflowState; position: ReviewPosition }> {
  const [row] = await ctx.db.query<{
    state: WorkflowState
    stage: ReviewPosition['stage']
    passes: ReviewPosition['passes'] | null
    assignee: number | null
  }>(
    `SELECT version_workflow_status AS state, version_review_stage AS stage, version_sign_off AS passes,
            version_stage_assignee_id AS assignee
       FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
    [id],
  )
  return { state: row!.state, position: { stage: row!.stage, passes: row!.passes ?? [], assigneeId: row!.assignee } }
}

const snapshot = async (id: number) => ({
  row: await ctx.db.query('SELECT * FROM articles WHERE id = $1', [id]),
  versions: await ctx.db.query('SELECT * FROM _articles_v WHERE parent_id = $1 ORDER BY id', [id]),
  log: await ctx.db.query('SELECT id FROM reviews WHERE document_id = $1 ORDER BY id', [id]),
  notifications: await ctx.db.query('SELECT id FROM notifications WHERE document_id = $1 ORDER BY id', [id]),
})

/** `reassign` names the 部门主任: a colleague of 复审 only, so it is allowed there and refused (422) elsewhere. */
const extraFor = (action: WorkflowAction) => ({
  ...(needsComment(action) ? { comment: '理由' } : {}),
  ...(action === 'reassign' ? { assignee: people.second!.id } : {}),
})

async function expectedFor(id: number, role: string, action: WorkflowAction): Promise<Decision> {
  const person = people[role]!
  const { state, position } = await standing(id)
  const extra = extraFor(action)
  const assignee = people.second!
  return decideTransition({
    state,
    action,
    roles: person.roles,
    userId: person.id,
    contentAuthorIds: [],
    workflow: DEFAULT_WORKFLOWS.articles,
    position,
    comment: extra.comment,
    assigneeId: extra.assignee,
    assignee: action === 'reassign' ? { id: assignee.id, roles: assignee.roles } : undefined,
    // A person's submit and approve run the review checks; this body has nothing they could find.
    checkErrors: ['submit', 'approve', 'sign_off'].includes(action) ? 0 : undefined,
    now: new Date(),
  })
}

const PLACES = Object.keys(PATH_TO) as Place[]
const cases = PLACES.flatMap((place) =>
  Object.keys(ROLES).flatMap((role) => WORKFLOW_ACTIONS.map((action) => ({ place, role, action }))),
)

// A refusal changes nothing, so one document per place serves every refused attempt; a step that
// goes through gets a fresh one.
const shared = new Map<Place, number>()
/** What the API answered, case by case, for the spot checks at the end. */
const answered = new Map<string, number>()
async function documentFor(place: Place, role: string, action: WorkflowAction) {
  if (!shared.has(place)) shared.set(place, await documentAt(place))
  const id = shared.get(place)!
  const expected = await expectedFor(id, role, action)
  if (!expected.ok) return { id, expected }
  const fresh = await documentAt(place)
  return { id: fresh, expected: await expectedFor(fresh, role, action) }
}

describe('every action by every role at every stage and state', () => {
  it('brings documents to the places the matrix starts from', async () => {
    const stages = await Promise.all(
      (['in_review@初审', 'in_review@复审', 'in_review@终审', 'approved', 'scheduled'] as const).map(async (place) => {
        const { state, position } = await standing(await documentAt(place))
        return [place, `${state}@${position.stage?.name.zh}`, position.passes.length]
      }),
    )
    expect(stages).toEqual([
      ['in_review@初审', 'in_review@初审', 0],
      ['in_review@复审', 'in_review@复审', 1],
      ['in_review@终审', 'in_review@终审', 2],
      ['approved', 'approved@终审', 3],
      ['scheduled', 'scheduled@终审', 3],
    ])
  })

  it.each(cases)('$role: $action at $place', async ({ place, role, action }) => {
    const { id, expected } = await documentFor(place, role, action)
    const before = await snapshot(id)
    const response = await ctx.rest.request('POST', `/articles/${id}/workflow`, {
      json: { action, ...extraFor(action) },
      token: people[role]!.token,
    })
    answered.set(`${role} ${action} ${place}`, response.status)

    if (expected.ok) {
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect(response.body.review).toMatchObject({
        from: expected.from,
        to: expected.to,
        action,
        stage: expected.stage?.name.zh ?? null,
        stageKey: expected.stage?.key ?? null,
      })
      const after = await standing(id)
      expect(after.state).toBe(expected.to)
      expect(after.position.stage?.key ?? null).toBe(expected.position.stage?.key ?? null)
      expect(after.position.passes.map((pass) => [pass.stageKey, String(pass.userId)])).toEqual(
        expected.position.passes.map((pass) => [pass.stageKey, String(pass.userId)]),
      )
      expect(after.position.assigneeId ?? null).toBe(expected.position.assigneeId ?? null)
    } else {
      expect(response.status, JSON.stringify(response.body)).toBe(expected.status)
      expect(response.body.errors[0].message).toBe(expected.message)
      expect(await snapshot(id)).toEqual(before)
    }
  })

  // The matrix follows the pure module, so a mistake there would pass here too: these are the
  // answers a newsroom knows without reading any code.
  it('answers what 三审 means at the points that matter', () => {
    const expected: [string, number][] = [
      ['editor submit draft', 200],
      ['editor approve in_review@初审', 403],
      ['first approve in_review@初审', 200],
      ['second approve in_review@初审', 403],
      ['final approve in_review@初审', 403],
      ['final sign_off in_review@初审', 403],
      ['first approve in_review@复审', 403],
      ['second approve in_review@复审', 200],
      ['second sign_off in_review@复审', 403],
      // It passed 初审 of this version.
      ['allStages approve in_review@复审', 403],
      ['admin approve in_review@复审', 200],
      ['final approve in_review@终审', 200],
      ['final sign_off in_review@终审', 200],
      ['second sign_off in_review@终审', 403],
      ['allStages sign_off in_review@终审', 403],
      ['second request_changes in_review@终审', 403],
      ['final request_changes in_review@终审', 200],
      ['final publish in_review@终审', 409],
      ['final publish approved', 200],
      ['first publish approved', 403],
      ['editor publish approved', 403],
      ['final request_changes approved', 200],
      ['final cancel_schedule scheduled', 200],
      ['second cancel_schedule scheduled', 403],
      ['final unpublish published', 200],
      ['second unpublish published', 403],
      ['editor submit archived', 200],
      ['admin reassign in_review@复审', 200],
      ['admin reassign in_review@初审', 422],
      ['admin reassign approved', 422],
      ['final reassign in_review@复审', 403],
    ]
    expect(expected.map(([key]) => [key, answered.get(key)])).toEqual(expected)
    expect([...answered.values()].filter((status) => status === 200).length).toBeGreaterThan(40)
  })
})
