import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import type { WorkflowAction } from '../../src/workflow/actions'
import { performTransition } from '../../src/workflow/payload/performTransition'
import type { WorkflowState } from '../../src/workflow/states'
import type { RestResponse } from '../int/helpers/restClient'
import { startTestPayload, type TestContext } from '../int/helpers/testPayload'
import { createUser, TEST_PASSWORD } from '../int/helpers/users'
import { expectCleanBody, fingerprint } from './helpers/fingerprint'

/**
 * Privilege escalation through every door, each refused with a clear 4xx and no change. Already
 * proven elsewhere, and not repeated here: every workflow action by every role in every state
 * (tests/int/workflowMatrix.test.ts, editor self-approval included); PATCH/bulk/GraphQL publish of
 * a document in review, restore as published, duplicates of a published article, the review log's
 * append-only rule for an admin (tests/int/workflow.test.ts); role changes of one's own and of
 * others and hidden accounts (tests/int/users.test.ts); marking another's notification read
 * (tests/int/notifications.test.ts).
 */
let ctx: TestContext
const who: Record<'editor' | 'otherEditor' | 'reviewer' | 'admin', { id: number; token: string; email: string }> =
  {} as never

type State = WorkflowState | 'pending_edit'
const PATH_TO: Record<State, WorkflowAction[]> = {
  draft: [],
  in_review: ['submit'],
  changes_requested: ['submit', 'request_changes'],
  approved: ['submit', 'approve'],
  scheduled: ['submit', 'approve', 'publish'],
  published: ['submit', 'approve', 'publish'],
  archived: ['submit', 'approve', 'publish', 'unpublish'],
  pending_edit: ['submit', 'approve', 'publish'],
}
const STATES = Object.keys(PATH_TO) as State[]
const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])

beforeAll(async () => {
  ctx = await startTestPayload()
  for (const [name, roles] of [
    ['editor', ['editor']],
    ['otherEditor', ['editor']],
    ['reviewer', ['reviewer']],
    ['admin', ['admin']],
  ] as const) {
    const account = await createUser(ctx.payload, [...roles])
    who[name] = { id: account.user.id, email: account.email, token: await ctx.rest.login(account.email, TEST_PASSWORD) }
  }
})
afterAll(() => ctx?.close())

/** An article written by the editor, brought into a state by the workflow (as the system reviewer). */
async function articleIn(state: State, title = `越权〔${state}〕`) {
  const created = await ctx.rest.post('/articles?draft=true', { title, body }, who.editor.token)
  const id = created.body.doc.id as number
  const req = await createLocalReq({}, ctx.payload)
  const system = { id: 'system', name: 'system', roles: ['admin'] }
  for (const action of PATH_TO[state]) {
    const extra =
      action === 'request_changes' || action === 'unpublish'
        ? { comment: '理由' }
        : state === 'scheduled' && action === 'publish'
          ? { publishAt: new Date(Date.now() + 86_400_000).toISOString() }
          : {}
    await performTransition(req, system, { collection: 'articles', id, action, ...extra })
  }
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
  it('refuses a reviewer who clears the authors of their own article to approve it (four eyes)', async () => {
    const created = await ctx.rest.post('/articles?draft=true', { title: '自己审自己', body }, who.reviewer.token)
    const id = created.body.doc.id
    expect((await ctx.rest.post(`/articles/${id}/workflow`, { action: 'submit' }, who.reviewer.token)).status).toBe(200)
    await expectRefusedAndUnchanged(() =>
      ctx.rest.patch(`/articles/${id}?draft=true`, { contentAuthors: [] }, who.reviewer.token),
    )
    await expectRefusedAndUnchanged(() =>
      ctx.rest.patch(`/articles/${id}?draft=true`, { contentAuthors: [who.admin.id] }, who.reviewer.token),
    )
    const approve = await ctx.rest.post(`/articles/${id}/workflow`, { action: 'approve' }, who.reviewer.token)
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
    await expectRefusedAndUnchanged(() => ctx.rest.post(`/articles/versions/${published.id}`, {}, who.reviewer.token))
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

describe('accounts', () => {
  it.each([
    ['PATCH email', () => ctx.rest.patch(`/users/${who.admin.id}`, { email: 'taken@evil.example' }, who.editor.token)],
    ['PATCH password', () => ctx.rest.patch(`/users/${who.admin.id}`, { password: 'hijacked-123' }, who.editor.token)],
    ['PATCH name', () => ctx.rest.patch(`/users/${who.otherEditor.id}`, { name: '改名' }, who.editor.token)],
    ['DELETE', () => ctx.rest.delete(`/users/${who.otherEditor.id}`, who.editor.token)],
    ['bulk PATCH roles', () => ctx.rest.patch('/users?where[id][exists]=true', { roles: ['admin'] }, who.editor.token)],
    ['bulk DELETE', () => ctx.rest.delete('/users?where[id][exists]=true', who.reviewer.token)],
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
          who.reviewer.token,
        ),
    ],
    [
      'reviewer giving an editor the admin role',
      () => ctx.rest.patch(`/users/${who.editor.id}`, { roles: ['admin'] }, who.reviewer.token),
    ],
    ['anonymous PATCH', () => ctx.rest.patch(`/users/${who.editor.id}`, { roles: ['admin'] })],
  ])('refuses an editor or reviewer: %s', async (_name, attempt) => {
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
      [who.reviewer.id],
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

  it.each(['editor', 'reviewer'] as const)('refuses every write to the review log by a %s', async (role) => {
    const token = who[role].token
    await expectRefusedAndUnchanged(() => ctx.rest.post('/reviews', newEntry, token))
    await expectRefusedAndUnchanged(() => ctx.rest.patch(`/reviews/${entry}`, { comment: '改写' }, token))
    await expectRefusedAndUnchanged(() => ctx.rest.patch('/reviews?where[id][exists]=true', { comment: '改写' }, token))
    await expectRefusedAndUnchanged(() => ctx.rest.delete(`/reviews/${entry}`, token))
    await expectRefusedAndUnchanged(() => ctx.rest.delete('/reviews?where[id][exists]=true', token))
    await expectRefusedAndUnchanged(() =>
      ctx.rest.graphql(`mutation { updateReview(id: ${entry}, data: { comment: "改写" }) { id } }`, token),
    )
    await expectRefusedAndUnchanged(() => ctx.rest.graphql(`mutation { deleteReview(id: ${entry}) { id } }`, token))
  })

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
