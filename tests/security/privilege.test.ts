import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import type { EditorialCollection } from '../../src/workflow/editorialCollections'
import type { RestResponse } from '../int/helpers/restClient'
import { startTestPayload, type TestContext } from '../int/helpers/testPayload'
import { expectCleanBody, fingerprint } from './helpers/fingerprint'
import {
  FIXTURE_PLACES,
  hire,
  hireCrew,
  passStages,
  step,
  walkTo,
  workflowStep,
  type Crew,
  type CrewMember,
  type FixtureState,
  type Person,
  type Place,
} from './helpers/stages'

/**
 * Privilege escalation through every door, each refused with a clear 4xx and no change. Already
 * proven elsewhere, and not repeated here: every workflow action by every role in every state
 * (tests/int/workflowMatrix.test.ts, editor self-approval included); PATCH/bulk/GraphQL publish of
 * a document in review, restore as published, duplicates of a published article, the review log's
 * append-only rule for an admin (tests/int/workflow.test.ts); role changes of one's own and of
 * others and hidden accounts (tests/int/users.test.ts); marking another's notification read
 * (tests/int/notifications.test.ts); the 三审 walk itself (tests/int/threeStageReview.test.ts).
 * Here: every stage of the shipped workflows is its own people's, the stages themselves are the
 * administrators', and the records of who passed which stage are the workflow's alone.
 */
let ctx: TestContext
/** The newsroom: a writer, one person per stage role and an administrator, plus a second editor. */
let crew: Crew
let otherEditor: Person
const who = {} as Record<CrewMember | 'otherEditor', Person>

type State = Exclude<FixtureState, 'pending_review'>

// Every fixture but the edit waiting at 复审, which only the leak matrix needs.
const { pending_review: _onlyForLeaks, ...PLACE_OF } = FIXTURE_PLACES
const STATES = Object.keys(PLACE_OF) as State[]
const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])

beforeAll(async () => {
  ctx = await startTestPayload()
  crew = await hireCrew(ctx, '')
  otherEditor = await hire(ctx, ['editor'], '另一位记者')
  Object.assign(who, crew, { otherEditor })
})
afterAll(() => ctx?.close())

/** A new draft of the collection, written by the crew's editor over REST. */
async function draftOf(collection: EditorialCollection, title: string): Promise<number> {
  const data =
    collection === 'articles'
      ? { title, body }
      : collection === 'projects'
        ? { name: title, categories: ['education'], fundingType: 'aid_funds', status: 'planned' }
        : { title, level: 'county', awardedBy: '昂仁县' }
  const created = await ctx.rest.post(`/${collection}?draft=true`, data, crew.editor.token)
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id as number
}

/** An article written by the editor, brought into a state through the stages by the crew. */
async function articleIn(state: State, title = `越权〔${state}〕`) {
  const id = await draftOf('articles', title)
  await walkTo(ctx, crew, 'articles', id, PLACE_OF[state])
  if (state === 'pending_edit') {
    await ctx.rest.patch(`/articles/${id}?draft=true`, { title: `${title} 修改` }, who.editor.token)
  }
  return id
}

const refusedWithMessage = (response: RestResponse) => {
  const text = expectCleanBody(response.body)
  const graphqlErrors = response.body?.errors?.length > 0
  if (response.status === 200 && graphqlErrors) {
    // GraphQL reports a refused mutation as an error with its status.
    const status = response.body.errors[0].extensions?.statusCode
    expect(status, text).toBeGreaterThanOrEqual(400)
    expect(status, text).toBeLessThan(500)
  } else {
    expect(response.status, text).toBeGreaterThanOrEqual(400)
    expect(response.status, text).toBeLessThan(500)
  }
  expect(response.body.errors[0].message.length).toBeGreaterThan(0)
}

async function expectRefusedAndUnchanged(attempt: () => Promise<RestResponse>) {
  const before = await fingerprint(ctx.db)
  refusedWithMessage(await attempt())
  expect(await fingerprint(ctx.db)).toEqual(before)
}

type Attempt = (id: number) => Promise<RestResponse>
const PUBLISHING_DOORS: [string, Attempt][] = [
  ['PATCH _status=published', (id) => ctx.rest.patch(`/articles/${id}`, { _status: 'published' }, who.editor.token)],
  [
    'PATCH ?draft=true _status=published',
    (id) => ctx.rest.patch(`/articles/${id}?draft=true`, { _status: 'published' }, who.editor.token),
  ],
  [
    'PATCH workflowStatus=published',
    (id) => ctx.rest.patch(`/articles/${id}?draft=true`, { workflowStatus: 'published' }, who.editor.token),
  ],
  [
    'PATCH workflowStatus=approved',
    (id) => ctx.rest.patch(`/articles/${id}?draft=true`, { workflowStatus: 'approved' }, who.editor.token),
  ],
  [
    'bulk PATCH where id',
    (id) => ctx.rest.patch(`/articles?where[id][equals]=${id}`, { _status: 'published' }, who.editor.token),
  ],
  [
    'GraphQL updateArticle _status: published',
    (id) =>
      ctx.rest.graphql(`mutation { updateArticle(id: ${id}, data: { _status: published }) { id } }`, who.editor.token),
  ],
  [
    'GraphQL updateArticle workflowStatus: approved',
    (id) =>
      ctx.rest.graphql(
        `mutation { updateArticle(id: ${id}, draft: true, data: { workflowStatus: approved }) { id } }`,
        who.editor.token,
      ),
  ],
  [
    'workflow publish by an editor',
    (id) => ctx.rest.post(`/articles/${id}/workflow`, { action: 'publish' }, who.editor.token),
  ],
  [
    'workflow sign_off by an editor',
    (id) => ctx.rest.post(`/articles/${id}/workflow`, { action: 'sign_off' }, who.editor.token),
  ],
  [
    'workflow approve by an editor',
    (id) => ctx.rest.post(`/articles/${id}/workflow`, { action: 'approve' }, who.editor.token),
  ],
]

describe('an editor publishing by the back door, in every state', () => {
  const cases = STATES.filter((s) => s !== 'published').flatMap((state) =>
    PUBLISHING_DOORS
      // Setting the state a document already has is no change.
      .filter(([door]) => !(state === 'approved' && door.endsWith('approved')))
      .map(([door, attempt]) => ({ state, door, attempt })),
  )
  it.each(cases)('$door in $state', async ({ state, attempt }) => {
    const id = await articleIn(state)
    await expectRefusedAndUnchanged(() => attempt(id))
    const [row] = await ctx.db.query<{ _status: string }>('SELECT _status FROM articles WHERE id = $1', [id])
    expect(row._status).toBe(state === 'pending_edit' ? 'published' : 'draft')
  })
})

describe('the workflow bookkeeping cannot be rewritten', () => {
  it('refuses a 责任编辑 who clears the authors of their own article to pass it at 初审 (four eyes)', async () => {
    const created = await ctx.rest.post('/articles?draft=true', { title: '自己审自己', body }, who.first.token)
    const id = created.body.doc.id
    expect((await ctx.rest.post(`/articles/${id}/workflow`, { action: 'submit' }, who.first.token)).status).toBe(200)
    await expectRefusedAndUnchanged(() =>
      ctx.rest.patch(`/articles/${id}?draft=true`, { contentAuthors: [] }, who.first.token),
    )
    await expectRefusedAndUnchanged(() =>
      ctx.rest.patch(`/articles/${id}?draft=true`, { contentAuthors: [who.admin.id] }, who.first.token),
    )
    const approve = await ctx.rest.post(`/articles/${id}/workflow`, { action: 'approve' }, who.first.token)
    expect(approve.status).toBe(403)
  })

  it('refuses moving the scheduled time of an approved article', async () => {
    const id = await articleIn('scheduled')
    await expectRefusedAndUnchanged(() =>
      ctx.rest.patch(`/articles/${id}?draft=true`, { scheduledFor: new Date().toISOString() }, who.editor.token),
    )
  })
})

describe('the other doors of publication', () => {
  it('never creates a published document, by REST or GraphQL', async () => {
    await expectRefusedAndUnchanged(() =>
      ctx.rest.post('/articles', { title: '直接发布', body, _status: 'published' }, who.editor.token),
    )
    await expectRefusedAndUnchanged(() =>
      ctx.rest.graphql(
        `mutation { createArticle(data: { title: "直接发布", _status: published, body: ${JSON.stringify(JSON.stringify(body))} }) { id } }`,
        who.editor.token,
      ),
    )
  })

  it('refuses a bulk publish, leaving every row as it was', async () => {
    const ids = [
      await articleIn('approved', '批量一'),
      await articleIn('in_review', '批量二'),
      await articleIn('draft', '批量三'),
    ]
    const where = ids.map((id, i) => `where[id][in][${i}]=${id}`).join('&')
    await expectRefusedAndUnchanged(() =>
      ctx.rest.patch(`/articles?${where}`, { _status: 'published' }, who.editor.token),
    )
    await expectRefusedAndUnchanged(() =>
      ctx.rest.patch(`/articles?draft=true&${where}`, { workflowStatus: 'published' }, who.editor.token),
    )
  })

  it('restores a version through GraphQL only as a draft, never as published', async () => {
    const id = await articleIn('archived')
    const [published] = await ctx.db.query<{ id: number }>(
      "SELECT id FROM _articles_v WHERE parent_id = $1 AND version__status = 'published' ORDER BY id LIMIT 1",
      [id],
    )
    await expectRefusedAndUnchanged(() =>
      ctx.rest.graphql(`mutation { restoreVersionArticle(id: ${published.id}) { id } }`, who.editor.token),
    )
    await expectRefusedAndUnchanged(() => ctx.rest.post(`/articles/versions/${published.id}`, {}, who.final.token))
  })

  it('duplicates a published article through GraphQL as an unpublished draft', async () => {
    const id = await articleIn('published', '复制源')
    const copy = await ctx.rest.graphql(
      `mutation { duplicateArticle(id: ${id}) { id _status workflowStatus } }`,
      who.editor.token,
    )
    const doc = copy.body.data?.duplicateArticle
    if (doc) {
      const [row] = await ctx.db.query('SELECT _status, workflow_status FROM articles WHERE id = $1', [doc.id])
      expect(row).toEqual({ _status: 'draft', workflow_status: 'draft' })
    } else refusedWithMessage(copy)
  })
})

// ---------------------------------------------------------------------------------------------
// The stages

type Stage = { collection: EditorialCollection; place: Place; stage: string; people: CrewMember; actions: string[] }
const IN_REVIEW = ['approve', 'sign_off', 'request_changes', 'reassign']
/** Every place a document waits for one stage's people, in the shipped workflows. */
const STAGES: Stage[] = [
  { collection: 'articles', place: 'first_stage', stage: '初审', people: 'first', actions: IN_REVIEW },
  { collection: 'articles', place: 'second_stage', stage: '复审', people: 'second', actions: IN_REVIEW },
  { collection: 'articles', place: 'last_stage', stage: '终审', people: 'final', actions: IN_REVIEW },
  {
    collection: 'articles',
    place: 'approved',
    stage: '终审, approved for release',
    people: 'final',
    actions: ['publish', 'request_changes', 'reassign'],
  },
  {
    collection: 'articles',
    place: 'scheduled',
    stage: '终审, scheduled',
    people: 'final',
    actions: ['cancel_schedule'],
  },
  { collection: 'articles', place: 'published', stage: 'published', people: 'final', actions: ['unpublish'] },
  ...(['projects', 'honors'] as const).flatMap((collection): Stage[] => [
    { collection, place: 'first_stage', stage: '初审', people: 'first', actions: IN_REVIEW },
    { collection, place: 'last_stage', stage: '终审', people: 'final', actions: IN_REVIEW },
    {
      collection,
      place: 'approved',
      stage: '终审, approved',
      people: 'final',
      actions: ['publish', 'request_changes'],
    },
  ]),
]
const STAGE_MEMBERS: CrewMember[] = ['editor', 'first', 'second', 'final']

/** What an action needs besides its name: a comment where one is required, someone to reassign to. */
const extraFor = (action: string, stage: Stage): Record<string, unknown> =>
  action === 'request_changes' || action === 'unpublish'
    ? { comment: '越权的意见' }
    : action === 'reassign'
      ? { assignee: crew[stage.people].id }
      : {}

describe('every stage is its own people’s', () => {
  const cases = STAGES.flatMap((stage) =>
    STAGE_MEMBERS.filter((member) => member !== stage.people).flatMap((member) =>
      stage.actions.map((action) => ({ ...stage, member, action, label: `${stage.collection} ${stage.stage}` })),
    ),
  )
  const fixtures = new Map<string, number>()
  /** One document per collection and place, shared by the refusals (none of them changes it). */
  async function documentAt(stage: Stage) {
    const key = `${stage.collection}:${stage.place}`
    if (!fixtures.has(key)) {
      const id = await draftOf(stage.collection, `阶段〔${key}〕`)
      await walkTo(ctx, crew, stage.collection, id, stage.place)
      fixtures.set(key, id)
    }
    return fixtures.get(key)!
  }

  it.each(cases)('$label: the $member may not $action (403)', async (attempt) => {
    const id = await documentAt(attempt)
    const before = await fingerprint(ctx.db)
    const response = await workflowStep(ctx, crew[attempt.member], attempt.collection, id, attempt.action, {
      ...extraFor(attempt.action, attempt),
    })
    expect(response.status, JSON.stringify(response.body)).toBe(403)
    expect(expectCleanBody(response.body)).toMatch(/ \/ /)
    expect(await fingerprint(ctx.db)).toEqual(before)
  })

  it.each(STAGES.filter((stage) => stage.actions.includes('approve') || stage.actions.includes('publish')))(
    '$collection $stage: its own people pass it',
    async (stage) => {
      const id = await documentAt(stage)
      const action = stage.actions.includes('approve') ? 'approve' : 'publish'
      await step(ctx, crew[stage.people], stage.collection, id, action)
      fixtures.delete(`${stage.collection}:${stage.place}`)
    },
  )

  it('nobody skips a stage: 签发 or publish before the release stage is refused, for every stage person', async () => {
    const id = await draftOf('articles', '跳级')
    await walkTo(ctx, crew, 'articles', id, 'first_stage')
    for (const stagesPassed of [0, 1]) {
      for (const member of STAGE_MEMBERS) {
        for (const action of ['sign_off', 'publish']) {
          const before = await fingerprint(ctx.db)
          const response = await workflowStep(ctx, crew[member], 'articles', id, action)
          expect([403, 409], `${member} ${action} after ${stagesPassed} stages`).toContain(response.status)
          expect(await fingerprint(ctx.db)).toEqual(before)
        }
      }
      if (stagesPassed === 0) await passStages(ctx, crew, 'articles', id, 1)
    }
    // Not even an administrator: 签发 is refused before 终审 (409), publish before approval (409).
    for (const action of ['sign_off', 'publish']) {
      expect((await workflowStep(ctx, crew.admin, 'articles', id, action)).status).toBe(409)
    }
  })
})

describe('one person, one stage of a version', () => {
  let two: Person
  let three: Person
  beforeAll(async () => {
    two = await hire(ctx, ['first_reviewer', 'second_reviewer'], '两审一人')
    three = await hire(ctx, ['first_reviewer', 'second_reviewer', 'final_reviewer'], '三审一人')
  })

  it('refuses a holder of two stage roles at the second stage (403), then lets the stage’s other people pass it', async () => {
    const id = await draftOf('articles', '一人两审')
    await step(ctx, crew.editor, 'articles', id, 'submit')
    await step(ctx, two, 'articles', id, 'approve')
    const before = await fingerprint(ctx.db)
    const again = await workflowStep(ctx, two, 'articles', id, 'approve')
    expect(again.status).toBe(403)
    expect(again.body.errors[0].message).toContain('每个阶段须由不同的人审核')
    expect(await fingerprint(ctx.db)).toEqual(before)
    await step(ctx, crew.second, 'articles', id, 'approve')
  })

  it('refuses a holder of all three at 复审 and at 终审, by approve, 签发 and publish alike', async () => {
    const id = await draftOf('articles', '一人三审')
    await step(ctx, crew.editor, 'articles', id, 'submit')
    await step(ctx, three, 'articles', id, 'approve')
    for (const action of ['approve', 'sign_off']) {
      expect((await workflowStep(ctx, three, 'articles', id, action)).status, `复审 ${action}`).toBe(403)
    }
    await step(ctx, crew.second, 'articles', id, 'approve')
    for (const action of ['approve', 'sign_off']) {
      expect((await workflowStep(ctx, three, 'articles', id, action)).status, `终审 ${action}`).toBe(403)
    }
    await step(ctx, crew.final, 'articles', id, 'approve')
    // Approved for release, its 签发 on record the 值班总编辑's: releasing it passes no stage.
    expect((await workflowStep(ctx, three, 'articles', id, 'publish')).status).toBe(200)
  })

  it('refuses an administrator at a second stage too, and on the two-stage projects and honors', async () => {
    const article = await draftOf('articles', '管理员两审')
    await step(ctx, crew.editor, 'articles', article, 'submit')
    await step(ctx, crew.admin, 'articles', article, 'approve')
    expect((await workflowStep(ctx, crew.admin, 'articles', article, 'approve')).status).toBe(403)
    for (const collection of ['projects', 'honors'] as const) {
      const id = await draftOf(collection, `两审一人〔${collection}〕`)
      await step(ctx, crew.editor, collection, id, 'submit')
      await step(ctx, three, collection, id, 'approve')
      for (const action of ['approve', 'sign_off']) {
        expect((await workflowStep(ctx, three, collection, id, action)).status, `${collection} ${action}`).toBe(403)
      }
    }
  })
})

describe('only administrators reassign a stage', () => {
  let firstAgain: Person
  let finalAgain: Person
  beforeAll(async () => {
    firstAgain = await hire(ctx, ['first_reviewer'], '另一位责任编辑')
    finalAgain = await hire(ctx, ['final_reviewer'], '另一位值班总编辑')
  })

  it.each(STAGE_MEMBERS)('refuses the %s, at 初审 and at approved for release (403)', async (member) => {
    const atFirst = await articleIn('in_review', `改派〔${member}〕`)
    const approved = await articleIn('approved', `改派已通过〔${member}〕`)
    for (const [id, assignee] of [
      [atFirst, firstAgain.id],
      [approved, finalAgain.id],
    ]) {
      await expectRefusedAndUnchanged(() =>
        workflowStep(ctx, crew[member], 'articles', id, 'reassign', { assignee, comment: '我来' }),
      )
    }
  })

  it('lets an administrator hand a stage to one of its people, and then only they (or an admin) pass it', async () => {
    const id = await articleIn('in_review', '改派给另一位')
    await step(ctx, crew.admin, 'articles', id, 'reassign', { assignee: firstAgain.id })
    const refused = await workflowStep(ctx, crew.first, 'articles', id, 'approve')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('改派')
    // Never to someone outside the stage, and never past it.
    expect((await workflowStep(ctx, crew.admin, 'articles', id, 'reassign', { assignee: crew.final.id })).status).toBe(
      422,
    )
    await step(ctx, firstAgain, 'articles', id, 'approve')
    const [row] = await ctx.db.query<{ stage: { name: { zh: string } }; assignee: number | null }>(
      'SELECT version_review_stage AS stage, version_stage_assignee_id AS assignee FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
      [id],
    )
    expect(row).toMatchObject({ stage: { name: { zh: '复审' } }, assignee: null })
  })
})

describe('the workflows are the administrators’', () => {
  let workflowId: number
  let versionId: number
  const stagesOfArticles = () =>
    ctx.db.query<{ name: string }>(
      'SELECT s.name FROM workflows_stages s JOIN workflows w ON w.id = s._parent_id WHERE w.collection = $1 ORDER BY s._order',
      ['articles'],
    )
  const oneStage = [{ name: '一审了之', roles: ['first_reviewer'], release: true }]
  beforeAll(async () => {
    ;[{ id: workflowId }] = await ctx.db.query<{ id: number }>("SELECT id FROM workflows WHERE collection = 'articles'")
    const saved = await ctx.rest.patch(
      `/workflows/${workflowId}`,
      { stages: (await ctx.rest.get(`/workflows/${workflowId}`, who.admin.token)).body.stages },
      who.admin.token,
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    ;[{ id: versionId }] = await ctx.db.query<{ id: number }>(
      'SELECT id FROM _workflows_v WHERE parent_id = $1 ORDER BY id LIMIT 1',
      [workflowId],
    )
  })

  const ATTEMPTS: [string, (token: string) => Promise<RestResponse>][] = [
    ['REST create', (t) => ctx.rest.post('/workflows', { collection: 'articles', stages: oneStage }, t)],
    ['REST update', (t) => ctx.rest.patch(`/workflows/${workflowId}`, { stages: oneStage }, t)],
    ['REST update ?draft=true', (t) => ctx.rest.patch(`/workflows/${workflowId}?draft=true`, { stages: oneStage }, t)],
    ['REST bulk update', (t) => ctx.rest.patch('/workflows?where[id][exists]=true', { stages: oneStage }, t)],
    ['REST delete', (t) => ctx.rest.delete(`/workflows/${workflowId}`, t)],
    ['REST bulk delete', (t) => ctx.rest.delete('/workflows?where[id][exists]=true', t)],
    ['REST restore a version', (t) => ctx.rest.post(`/workflows/versions/${versionId}`, {}, t)],
    ['REST duplicate', (t) => ctx.rest.post(`/workflows/${workflowId}/duplicate`, {}, t)],
    [
      'GraphQL createWorkflow',
      (t) =>
        ctx.rest.graphql(
          'mutation { createWorkflow(data: { collection: articles, stages: [{ name: "一审了之", roles: [first_reviewer], release: true }] }) { id } }',
          t,
        ),
    ],
    [
      'GraphQL updateWorkflow',
      (t) =>
        ctx.rest.graphql(
          `mutation { updateWorkflow(id: ${workflowId}, data: { stages: [{ name: "一审了之", roles: [first_reviewer], release: true }] }) { id } }`,
          t,
        ),
    ],
    ['GraphQL deleteWorkflow', (t) => ctx.rest.graphql(`mutation { deleteWorkflow(id: ${workflowId}) { id } }`, t)],
    [
      'GraphQL restoreVersionWorkflow',
      (t) => ctx.rest.graphql(`mutation { restoreVersionWorkflow(id: ${versionId}) { id } }`, t),
    ],
  ]
  const people: CrewMember[] = ['editor', 'first', 'second', 'final']

  it.each(people.flatMap((member) => ATTEMPTS.map(([door, attempt]) => ({ member, door, attempt }))))(
    'refuses the $member: $door',
    async ({ member, attempt }) => {
      await expectRefusedAndUnchanged(() => attempt(crew[member].token))
      expect((await stagesOfArticles()).map((s) => s.name)).toEqual(['初审', '复审', '终审'])
    },
  )

  it.each(ATTEMPTS.filter(([door]) => /delete/i.test(door)))(
    'refuses an administrator too: %s',
    async (_door, attempt) => {
      await expectRefusedAndUnchanged(() => attempt(crew.admin.token))
    },
  )

  it('refuses anonymous writes', async () => {
    for (const [, attempt] of ATTEMPTS) await expectRefusedAndUnchanged(() => attempt(''))
  })

  it('lets an administrator save the stages, by REST and GraphQL (the refusals above are about who asks)', async () => {
    const { stages } = (await ctx.rest.get(`/workflows/${workflowId}`, who.admin.token)).body as {
      stages: Record<string, unknown>[]
    }
    const literal = stages
      .map(
        (stage) =>
          `{ id: ${JSON.stringify(stage.id)}, name: ${JSON.stringify(stage.name)}, nameEn: ${JSON.stringify(stage.nameEn)}, roles: [${(stage.roles as string[]).join(', ')}], commentRequired: ${Boolean(stage.commentRequired)}, release: ${Boolean(stage.release)}, printedAs: ${JSON.stringify(stage.printedAs ?? '')} }`,
      )
      .join(', ')
    const viaGraphql = await ctx.rest.graphql(
      `mutation { updateWorkflow(id: ${workflowId}, data: { stages: [${literal}] }) { id stages { id name } } }`,
      who.admin.token,
    )
    expect(viaGraphql.body.errors, JSON.stringify(viaGraphql.body)).toBeUndefined()
    expect(viaGraphql.body.data.updateWorkflow.stages).toEqual(stages.map(({ id, name }) => ({ id, name })))
    // An invalid definition is refused with a message, even for an administrator.
    const invalid = await ctx.rest.patch(`/workflows/${workflowId}`, { stages: [] }, who.admin.token)
    expect(invalid.status).toBe(400)
    expect((await stagesOfArticles()).map((s) => s.name)).toEqual(['初审', '复审', '终审'])
  })
})

// ---------------------------------------------------------------------------------------------
// The records of the stages

const now = () => new Date().toISOString()
/** What a forger would write: the version at 终审 with 初审 and 复审 passed, their names printed. */
const forged = () => ({
  reviewStage: {
    key: 'articles-final',
    name: { zh: '终审', en: 'Final review' },
    roles: ['final_reviewer'],
    commentRequired: false,
    release: true,
    printedAs: '签发',
    index: 2,
    enteredAt: now(),
  },
  signOff: [
    {
      stageKey: 'articles-first',
      stage: { zh: '初审', en: 'First review' },
      printedAs: '责任编辑',
      userId: crew.first.id,
      name: '伪造的责任编辑',
      at: now(),
      action: 'approve',
    },
  ],
  stageAssignee: crew.final.id,
  printedCredits: [{ label: '责任编辑', name: '伪造的责任编辑' }],
})
type RecordField = keyof ReturnType<typeof forged>
const RECORD_FIELDS: RecordField[] = ['reviewStage', 'signOff', 'stageAssignee', 'printedCredits']
/** GraphQL input literals (JSON scalars take object literals). */
const gqlValue = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(gqlValue).join(', ')}]`
    : value && typeof value === 'object'
      ? `{ ${Object.entries(value)
          .map(([key, inner]) => `${key}: ${gqlValue(inner)}`)
          .join(', ')} }`
      : JSON.stringify(value)

type RecordDoor = (id: number, field: RecordField, token: string) => Promise<RestResponse>
const RECORD_DOORS: [string, RecordDoor][] = [
  ['REST PATCH ?draft=true', (id, f, t) => ctx.rest.patch(`/articles/${id}?draft=true`, { [f]: forged()[f] }, t)],
  [
    'REST PATCH with a content change',
    (id, f, t) => ctx.rest.patch(`/articles/${id}?draft=true`, { lead: '顺手改导语', [f]: forged()[f] }, t),
  ],
  ['REST PATCH (not a draft)', (id, f, t) => ctx.rest.patch(`/articles/${id}`, { [f]: forged()[f] }, t)],
  [
    'REST bulk PATCH ?draft=true',
    (id, f, t) => ctx.rest.patch(`/articles?draft=true&where[id][equals]=${id}`, { [f]: forged()[f] }, t),
  ],
  [
    'GraphQL updateArticle(draft: true)',
    (id, f, t) =>
      ctx.rest.graphql(
        `mutation { updateArticle(id: ${id}, draft: true, data: { ${f}: ${gqlValue(forged()[f])} }) { id } }`,
        t,
      ),
  ],
]
const RECORD_WRITERS: CrewMember[] = ['editor', 'first', 'final', 'admin']

/** A version's records as stored, straight from the database. */
async function recordsOf(id: number) {
  const [newest] = await ctx.db.query<Record<RecordField, unknown>>(
    `SELECT version_review_stage AS "reviewStage", version_sign_off AS "signOff",
            version_stage_assignee_id AS "stageAssignee", version_printed_credits AS "printedCredits"
       FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
    [id],
  )
  return newest
}
const blank = (records: Record<RecordField, unknown>) => ({
  reviewStage: records.reviewStage ?? null,
  signOff: (records.signOff as unknown[] | null)?.length ? records.signOff : null,
  stageAssignee: records.stageAssignee ?? null,
  printedCredits: (records.printedCredits as unknown[] | null)?.length ? records.printedCredits : null,
})
const NO_RECORDS = { reviewStage: null, signOff: null, stageAssignee: null, printedCredits: null }

describe('nobody writes the review records', () => {
  let atFinal: number
  let live: number
  beforeAll(async () => {
    atFinal = await articleIn('final_review', '记录〔终审〕')
    live = await articleIn('published', '记录〔已发布〕')
  })

  it.each(
    RECORD_WRITERS.flatMap((member) =>
      RECORD_FIELDS.flatMap((field) => RECORD_DOORS.map(([door, attempt]) => ({ member, field, door, attempt }))),
    ),
  )('refuses the $member writing $field: $door', async ({ member, field, attempt }) => {
    for (const id of [atFinal, live]) await expectRefusedAndUnchanged(() => attempt(id, field, crew[member].token))
  })

  it.each(RECORD_WRITERS)(
    'a new document by the %s starts with none, whatever it sends (REST and GraphQL)',
    async (member) => {
      const created = await ctx.rest.post(
        '/articles?draft=true',
        { title: '伪造记录', body, ...forged() },
        crew[member].token,
      )
      if (created.status === 201) expect(blank(await recordsOf(created.body.doc.id))).toEqual(NO_RECORDS)
      else refusedWithMessage(created)
      const fields = RECORD_FIELDS.map((f) => `${f}: ${gqlValue(forged()[f])}`).join(', ')
      const viaGraphql = await ctx.rest.graphql(
        `mutation { createArticle(draft: true, data: { title: "伪造记录", body: ${JSON.stringify(JSON.stringify(body))}, ${fields} }) { id } }`,
        crew[member].token,
      )
      const id = viaGraphql.body?.data?.createArticle?.id
      if (id) expect(blank(await recordsOf(id))).toEqual(NO_RECORDS)
      else refusedWithMessage(viaGraphql)
    },
  )

  it.each(RECORD_WRITERS)('a duplicate by the %s carries nobody’s pass, assignment or printed name', async (member) => {
    for (const source of [atFinal, live]) {
      const copied = await ctx.rest.post(`/articles/${source}/duplicate`, { ...forged() }, crew[member].token)
      if (copied.status === 201 || copied.status === 200) {
        expect(blank(await recordsOf(copied.body.doc.id))).toEqual(NO_RECORDS)
      } else refusedWithMessage(copied)
      const viaGraphql = await ctx.rest.graphql(
        `mutation { duplicateArticle(id: ${source}) { id } }`,
        crew[member].token,
      )
      const id = viaGraphql.body?.data?.duplicateArticle?.id
      if (id) expect(blank(await recordsOf(id))).toEqual(NO_RECORDS)
      else refusedWithMessage(viaGraphql)
    }
  })

  it('restoring an old version brings back none of its passes: what was sent back starts again at 初审', async () => {
    const id = await articleIn('final_review', '恢复旧版本')
    const [atFinalVersion] = await ctx.db.query<{ id: number }>(
      `SELECT id FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    )
    // 终审 sends it back; the editor resubmits the very same text: every stage again, from 初审.
    await step(ctx, crew.final, 'articles', id, 'request_changes', { comment: '再核实一遍' })
    await step(ctx, crew.editor, 'articles', id, 'submit')
    for (const [door, restore] of [
      ['REST', () => ctx.rest.post(`/articles/versions/${atFinalVersion.id}?draft=true`, {}, crew.editor.token)],
      [
        'GraphQL',
        () =>
          ctx.rest.graphql(
            `mutation { restoreVersionArticle(id: ${atFinalVersion.id}, draft: true) { id } }`,
            crew.editor.token,
          ),
      ],
    ] as const) {
      const restored = await restore()
      const refused = restored.status >= 400 || restored.body?.errors?.length > 0
      const records = await recordsOf(id)
      expect(
        { stage: (records.reviewStage as { name?: { zh?: string } } | null)?.name?.zh, passes: records.signOff },
        `${door} restore ${refused ? '(refused)' : ''}`,
      ).toEqual({ stage: '初审', passes: [] })
      // The 值班总编辑 cannot sign off what only 初审 may pass now.
      expect((await workflowStep(ctx, crew.final, 'articles', id, 'sign_off')).status).toBe(403)
    }
  })

  it('restoring the published version as a draft carries its printed names and chain no further', async () => {
    const id = await articleIn('pending_edit', '恢复已发布版本')
    const [published] = await ctx.db.query<{ id: number }>(
      "SELECT id FROM _articles_v WHERE parent_id = $1 AND version__status = 'published' ORDER BY id DESC LIMIT 1",
      [id],
    )
    const restored = await ctx.rest.post(`/articles/versions/${published.id}?draft=true`, {}, crew.editor.token)
    if (restored.status >= 400) refusedWithMessage(restored)
    const records = await recordsOf(id)
    expect(records.signOff ?? []).toEqual([])
    expect(records.reviewStage ?? null).toBeNull()
    // Submitted again, it has to pass every stage: 签发 at once is refused.
    await step(ctx, crew.editor, 'articles', id, 'submit')
    expect((await workflowStep(ctx, crew.final, 'articles', id, 'sign_off')).status).toBe(403)
  })
})

describe('accounts', () => {
  it.each([
    ['PATCH email', () => ctx.rest.patch(`/users/${who.admin.id}`, { email: 'taken@evil.example' }, who.editor.token)],
    ['PATCH password', () => ctx.rest.patch(`/users/${who.admin.id}`, { password: 'hijacked-123' }, who.editor.token)],
    ['PATCH name', () => ctx.rest.patch(`/users/${who.otherEditor.id}`, { name: '改名' }, who.editor.token)],
    ['DELETE', () => ctx.rest.delete(`/users/${who.otherEditor.id}`, who.editor.token)],
    ['bulk PATCH roles', () => ctx.rest.patch('/users?where[id][exists]=true', { roles: ['admin'] }, who.editor.token)],
    ['bulk DELETE', () => ctx.rest.delete('/users?where[id][exists]=true', who.final.token)],
    [
      'unlock another account',
      () => ctx.rest.post('/users/unlock', { email: who.otherEditor.email }, who.editor.token),
    ],
    [
      'GraphQL updateUser roles of self',
      () =>
        ctx.rest.graphql(
          `mutation { updateUser(id: ${who.editor.id}, data: { roles: [admin] }) { id } }`,
          who.editor.token,
        ),
    ],
    [
      'GraphQL updateUser email of another',
      () =>
        ctx.rest.graphql(
          `mutation { updateUser(id: ${who.admin.id}, data: { email: "x@evil.example" }) { id } }`,
          who.second.token,
        ),
    ],
    [
      'a 值班总编辑 giving an editor the admin role',
      () => ctx.rest.patch(`/users/${who.editor.id}`, { roles: ['admin'] }, who.final.token),
    ],
    [
      'a 值班总编辑 giving an editor a stage role',
      () => ctx.rest.patch(`/users/${who.editor.id}`, { roles: ['editor', 'final_reviewer'] }, who.final.token),
    ],
    [
      'an editor adding final_reviewer to their own roles',
      () => ctx.rest.patch(`/users/${who.editor.id}`, { roles: ['editor', 'final_reviewer'] }, who.editor.token),
    ],
    [
      'a 责任编辑 adding final_reviewer to their own roles (to pass two stages)',
      () => ctx.rest.patch(`/users/${who.first.id}`, { roles: ['first_reviewer', 'final_reviewer'] }, who.first.token),
    ],
    [
      'a 部门主任 adding final_reviewer to their own roles over GraphQL',
      () =>
        ctx.rest.graphql(
          `mutation { updateUser(id: ${who.second.id}, data: { roles: [second_reviewer, final_reviewer] }) { id } }`,
          who.second.token,
        ),
    ],
    [
      'a 责任编辑 creating an account with a stage role',
      () =>
        ctx.rest.post(
          '/users',
          { email: 'helper@evil.example', password: 'helper-password-1', name: '帮手', roles: ['second_reviewer'] },
          who.first.token,
        ),
    ],
    ['anonymous PATCH', () => ctx.rest.patch(`/users/${who.editor.id}`, { roles: ['admin'] })],
  ])('refuses an editor or a reviewer of any stage: %s', async (_name, attempt) => {
    await expectRefusedAndUnchanged(attempt)
  })

  it('never shows a password hash, salt or token, not even to an admin', async () => {
    for (const [path, token] of [
      ['/users?limit=100', who.admin.token],
      [`/users/${who.editor.id}`, who.admin.token],
      ['/users/me', who.editor.token],
      [`/users/${who.editor.id}?select[hash]=true&select[salt]=true`, who.admin.token],
    ] as const) {
      const text = JSON.stringify((await ctx.rest.get(path, token)).body)
      for (const secret of [
        '"hash"',
        '"salt"',
        'resetPasswordToken',
        '_verificationToken',
        'loginAttempts',
        'lockUntil',
      ]) {
        expect(text, `${path} shows ${secret}`).not.toContain(secret)
      }
    }
    const gql = await ctx.rest.graphql('{ Users { docs { email hash salt resetPasswordToken } } }', who.admin.token)
    expect(JSON.stringify(gql.body)).not.toMatch(/[0-9a-f]{64}/)
  })

  it('hides the other accounts from an editor over GraphQL too', async () => {
    const response = await ctx.rest.graphql('{ Users(limit: 100) { docs { id email } } }', who.editor.token)
    expect(response.body.data.Users.docs.map((u: { id: number }) => u.id)).toEqual([who.editor.id])
  })
})

describe('the review log and notifications', () => {
  let entry: number
  let notification: number
  beforeAll(async () => {
    const id = await articleIn('in_review', '记录')
    ;[{ id: entry }] = await ctx.db.query<{ id: number }>('SELECT id FROM reviews WHERE document_id = $1', [id])
    ;[{ id: notification }] = await ctx.db.query<{ id: number }>(
      'SELECT id FROM notifications WHERE recipient_id = $1 LIMIT 1',
      [who.first.id],
    )
  })
  const newEntry = {
    documentCollection: 'articles',
    documentId: 1,
    action: 'approve',
    from: 'in_review',
    to: 'approved',
    actorName: 'x',
  }

  it.each(['editor', 'first', 'second', 'final'] as const)(
    'refuses every write to the review log by the %s',
    async (role) => {
      const token = who[role].token
      await expectRefusedAndUnchanged(() => ctx.rest.post('/reviews', newEntry, token))
      await expectRefusedAndUnchanged(() => ctx.rest.patch(`/reviews/${entry}`, { comment: '改写' }, token))
      await expectRefusedAndUnchanged(() =>
        ctx.rest.patch('/reviews?where[id][exists]=true', { comment: '改写' }, token),
      )
      await expectRefusedAndUnchanged(() => ctx.rest.delete(`/reviews/${entry}`, token))
      await expectRefusedAndUnchanged(() => ctx.rest.delete('/reviews?where[id][exists]=true', token))
      await expectRefusedAndUnchanged(() =>
        ctx.rest.graphql(`mutation { updateReview(id: ${entry}, data: { comment: "改写" }) { id } }`, token),
      )
      await expectRefusedAndUnchanged(() => ctx.rest.graphql(`mutation { deleteReview(id: ${entry}) { id } }`, token))
    },
  )

  it("refuses reading, changing or deleting someone else's notifications", async () => {
    const token = who.editor.token
    const read = await ctx.rest.get(`/notifications/${notification}`, token)
    expect(read.status).toBe(404)
    await expectRefusedAndUnchanged(() => ctx.rest.patch(`/notifications/${notification}`, { read: true }, token))
    await expectRefusedAndUnchanged(() => ctx.rest.delete(`/notifications/${notification}`, token))
    await expectRefusedAndUnchanged(() =>
      ctx.rest.graphql(`mutation { updateNotification(id: ${notification}, data: { read: true }) { id } }`, token),
    )
    // A bulk update touches the editor's own notifications only.
    const others = () =>
      ctx.db.query('SELECT * FROM notifications WHERE recipient_id <> $1 ORDER BY id', [who.editor.id])
    const before = await others()
    const bulk = await ctx.rest.patch('/notifications?where[id][exists]=true', { read: true }, token)
    expect(bulk.status).toBeLessThan(500)
    expect(await others()).toEqual(before)
  })
})
