import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../src/workflow/actions'
import { decideTransition } from '../../src/workflow/decide'
import { performTransition } from '../../src/workflow/payload/performTransition'
import { WORKFLOW_STATES, type WorkflowState } from '../../src/workflow/states'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser, TEST_PASSWORD } from './helpers/users'

/**
 * Every action by every role in every state, over REST with real logins. The pure module's own
 * tests hold the expected table; this checks that the API applies exactly that decision and that
 * a refusal leaves the database as it was.
 */
let ctx: TestContext
const people: Record<string, { id: number; roles: string[]; token: string }> = {}

// How to bring a fresh document into each state, as the system's own reviewer.
const PATH_TO: Record<WorkflowState, WorkflowAction[]> = {
  draft: [],
  in_review: ['submit'],
  changes_requested: ['submit', 'request_changes'],
  approved: ['submit', 'approve'],
  scheduled: ['submit', 'approve', 'publish'],
  published: ['submit', 'approve', 'publish'],
  archived: ['submit', 'approve', 'publish', 'unpublish'],
}
const ROLES = { editor: ['editor'], reviewer: ['reviewer'], admin: ['admin'] } as const

beforeAll(async () => {
  ctx = await startTestPayload()
  for (const [name, roles] of Object.entries(ROLES)) {
    const account = await createUser(ctx.payload, [...roles])
    people[name] = { id: account.user.id, roles: [...roles], token: await ctx.rest.login(account.email, TEST_PASSWORD) }
  }
})
afterAll(() => ctx?.close())

const future = () => new Date(Date.now() + 3_600_000).toISOString()

async function documentIn(state: WorkflowState) {
  const created = await ctx.payload.create({
    collection: 'articles',
    data: { title: `矩阵 ${state}`, body: buildLexicalDocument([{ type: 'paragraph', text: '正文。' }]) },
  })
  const req = await createLocalReq({}, ctx.payload)
  const system = { id: 'system', name: 'system', roles: ['admin'] }
  for (const action of PATH_TO[state]) {
    const extra =
      action === 'request_changes' || action === 'unpublish'
        ? { comment: '理由' }
        : state === 'scheduled' && action === 'publish'
          ? { publishAt: future() }
          : {}
    await performTransition(req, system, { collection: 'articles', id: created.id, action, ...extra })
  }
  return created.id
}

const snapshot = async (id: number) => ({
  row: await ctx.db.query('SELECT _status, workflow_status, updated_at FROM articles WHERE id = $1', [id]),
  versions: await ctx.db.query('SELECT id, version_workflow_status FROM _articles_v WHERE parent_id = $1 ORDER BY id', [
    id,
  ]),
  log: await ctx.db.query('SELECT id FROM reviews WHERE document_id = $1 ORDER BY id', [id]),
})

const cases = WORKFLOW_STATES.flatMap((state) =>
  Object.keys(ROLES).flatMap((role) => WORKFLOW_ACTIONS.map((action) => ({ state, role, action }))),
)

describe('every action by every role in every state', () => {
  it.each(cases)('$role: $action in $state', async ({ state, role, action }) => {
    const id = await documentIn(state)
    const person = people[role]
    const extra = {
      ...(action === 'request_changes' || action === 'unpublish' ? { comment: '理由' } : {}),
    }
    const expected = decideTransition({
      state,
      action,
      roles: person.roles,
      userId: person.id,
      contentAuthorIds: [],
      comment: extra.comment,
      now: new Date(),
    })
    const before = await snapshot(id)
    const response = await ctx.rest.request('POST', `/articles/${id}/workflow`, {
      json: { action, ...extra },
      token: person.token,
    })

    if (expected.ok) {
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect(response.body.review).toMatchObject({ from: state, to: expected.to, action })
      const [latest] = await ctx.db.query(
        'SELECT version_workflow_status AS state FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
        [id],
      )
      expect(latest.state).toBe(expected.to)
    } else {
      expect(response.status).toBe(expected.status)
      expect(response.body.errors[0].message).toBe(expected.message)
      expect(await snapshot(id)).toEqual(before)
    }
  })
})
