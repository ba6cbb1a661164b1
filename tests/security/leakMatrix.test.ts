import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import type { WorkflowAction } from '../../src/workflow/actions'
import { performTransition, type EditorialCollection } from '../../src/workflow/payload/performTransition'
import { WORKFLOW_STATES, type WorkflowState } from '../../src/workflow/states'
import { startTestPayload, type TestContext } from '../int/helpers/testPayload'
import { createUser, TEST_PASSWORD } from '../int/helpers/users'
import { expectCleanBody, fingerprint } from './helpers/fingerprint'

/**
 * Who can read what, generated from a table: every role × every state × every API surface.
 * Anonymous readers get the live (published) text only; staff (editor, reviewer, admin alike) read
 * drafts and versions. The site's pages, feed, sitemap and preview route read through the same
 * access as anonymous visitors and are tested against a production server in tests/e2e/site.test.ts
 * and preview.test.ts; tests/int/publicReads.test.ts holds the first hand-written cases.
 */
let ctx: TestContext

type State = WorkflowState | 'pending_edit'
const STATES: State[] = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'archived',
  'pending_edit',
]
const ROLES = ['anonymous', 'editor', 'reviewer', 'admin'] as const
type Role = (typeof ROLES)[number]

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
const isLive = (state: State) => state === 'published' || state === 'pending_edit'

/** The names a state's documents carry: the saved one, and the unpublished edit on top. */
const names = (kind: string, state: State) => ({
  saved: `${kind}〔${state}〕`,
  edit: state === 'pending_edit' ? `${kind}〔${state}〕未发布的修改` : `${kind}〔${state}〕`,
})

const tokens: Partial<Record<Role, string>> = {}
const ids: Record<string, { article: number; project: number; honor: number; articleVersion: number }> = {}
let carrier: number

async function bringTo(collection: EditorialCollection, id: number, state: State) {
  const req = await createLocalReq({}, ctx.payload)
  const system = { id: 'system', name: 'system', roles: ['admin'] }
  for (const action of PATH_TO[state]) {
    const extra =
      action === 'request_changes' || action === 'unpublish'
        ? { comment: '理由' }
        : state === 'scheduled' && action === 'publish'
          ? { publishAt: new Date(Date.now() + 86_400_000).toISOString() }
          : {}
    await performTransition(req, system, { collection, id, action, ...extra })
  }
}

const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])

beforeAll(async () => {
  ctx = await startTestPayload()
  for (const role of ['editor', 'reviewer', 'admin'] as const) {
    const account = await createUser(ctx.payload, [role])
    tokens[role] = await ctx.rest.login(account.email, TEST_PASSWORD)
  }
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
    .png()
    .toBuffer()
  for (const state of STATES) {
    const photo = await ctx.payload.create({
      collection: 'media',
      data: { alt: `照片〔${state}〕` },
      file: { data: png, mimetype: 'image/png', name: `photo-${state}.png`, size: png.length },
    })
    const project = await ctx.payload.create({
      collection: 'projects',
      data: {
        name: names('项目', state).saved,
        categories: ['education'],
        fundingType: 'aid_funds',
        status: 'planned',
        photos: [photo.id],
      },
    })
    const honor = await ctx.payload.create({
      collection: 'honors',
      data: { title: names('荣誉', state).saved, level: 'county', awardedBy: '昂仁县' },
    })
    const article = await ctx.payload.create({
      collection: 'articles',
      data: {
        title: names('稿件', state).saved,
        body,
        relatedProjects: [project.id],
        relatedHonors: [honor.id],
      },
    })
    await bringTo('projects', project.id, state)
    await bringTo('honors', honor.id, state)
    await bringTo('articles', article.id, state)
    if (state === 'pending_edit') {
      const edit = { draft: true, context: {} } as const
      await ctx.payload.update({
        collection: 'articles',
        id: article.id,
        ...edit,
        data: { title: names('稿件', state).edit },
      })
      await ctx.payload.update({
        collection: 'projects',
        id: project.id,
        ...edit,
        data: { name: names('项目', state).edit },
      })
      await ctx.payload.update({
        collection: 'honors',
        id: honor.id,
        ...edit,
        data: { title: names('荣誉', state).edit },
      })
    }
    const [version] = await ctx.db.query<{ id: number }>(
      'SELECT id FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
      [article.id],
    )
    ids[state] = { article: article.id, project: project.id, honor: honor.id, articleVersion: version.id }
  }
  // A published article related to every state's project and honor: population must filter them.
  const created = await ctx.payload.create({
    collection: 'articles',
    data: {
      title: '关联载体',
      body,
      relatedProjects: STATES.map((s) => ids[s].project),
      relatedHonors: STATES.map((s) => ids[s].honor),
    },
  })
  await bringTo('articles', created.id, 'published')
  carrier = created.id
})
afterAll(() => ctx?.close())

type Answer = { status: number; text: string }
/**
 * What a surface must show. Anonymous: `live` = the published text of a live document, nothing of
 * any other; `liveOrNothing` = a draft=true list, which reads the newest versions under the
 * published-only filter, so a live document whose newest version is an unpublished edit drops out
 * of it (the site never asks for draft=true). Staff: `saved` = the stored (main) text, `edit` = the
 * newest, `any` = either.
 */
type Expect = { anonymous: 'live' | 'liveOrNothing' | 'nothing'; staff: 'saved' | 'edit' | 'any' }

interface Surface {
  name: string
  kind: '稿件' | '项目' | '荣誉' | '照片'
  ask(state: State, token?: string): Promise<Answer>
  expect: Expect
}

const get = async (path: string, token?: string): Promise<Answer> => {
  const response = await ctx.rest.get(path, token)
  return { status: response.status, text: JSON.stringify(response.body) }
}
const gql = async (query: string, token?: string): Promise<Answer> => {
  const response = await ctx.rest.graphql(query, token)
  return { status: response.status, text: JSON.stringify(response.body) }
}

const SURFACES: Surface[] = [
  {
    name: 'REST list',
    kind: '稿件',
    ask: (_s, t) => get('/articles?limit=100', t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST by id',
    kind: '稿件',
    ask: (s, t) => get(`/articles/${ids[s].article}`, t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST by id ?draft=true',
    kind: '稿件',
    ask: (s, t) => get(`/articles/${ids[s].article}?draft=true`, t),
    expect: { anonymous: 'live', staff: 'edit' },
  },
  {
    name: 'REST list ?draft=true',
    kind: '稿件',
    ask: (_s, t) => get('/articles?draft=true&limit=100', t),
    expect: { anonymous: 'liveOrNothing', staff: 'edit' },
  },
  {
    name: 'REST where _status=draft ?draft=true',
    kind: '稿件',
    ask: (_s, t) => get('/articles?draft=true&limit=100&where[_status][equals]=draft', t),
    expect: { anonymous: 'nothing', staff: 'any' },
  },
  {
    name: 'REST where workflowStatus in every state',
    kind: '稿件',
    ask: (_s, t) =>
      get(
        `/articles?limit=100&${WORKFLOW_STATES.map((st, i) => `where[workflowStatus][in][${i}]=${st}`).join('&')}`,
        t,
      ),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST select title ?draft=true',
    kind: '稿件',
    ask: (_s, t) => get('/articles?draft=true&limit=100&select[title]=true', t),
    expect: { anonymous: 'liveOrNothing', staff: 'edit' },
  },
  {
    name: 'REST depth=2 population article→projects',
    kind: '项目',
    ask: (_s, t) => get(`/articles/${carrier}?depth=2`, t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST depth=2 population article→honors',
    kind: '荣誉',
    ask: (_s, t) => get(`/articles/${carrier}?depth=2`, t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST project by id with photos ?draft=true',
    kind: '照片',
    ask: (s, t) => get(`/projects/${ids[s].project}?depth=1&draft=true`, t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST projects list ?draft=true',
    kind: '项目',
    ask: (_s, t) => get('/projects?draft=true&limit=100', t),
    expect: { anonymous: 'liveOrNothing', staff: 'edit' },
  },
  {
    name: 'REST honors list ?draft=true',
    kind: '荣誉',
    ask: (_s, t) => get('/honors?draft=true&limit=100', t),
    expect: { anonymous: 'liveOrNothing', staff: 'edit' },
  },
  {
    name: 'REST /versions',
    kind: '稿件',
    ask: (s, t) => get(`/articles/versions?where[parent][equals]=${ids[s].article}`, t),
    expect: { anonymous: 'nothing', staff: 'edit' },
  },
  {
    name: 'REST /versions/:id',
    kind: '稿件',
    ask: (s, t) => get(`/articles/versions/${ids[s].articleVersion}`, t),
    expect: { anonymous: 'nothing', staff: 'edit' },
  },
  {
    name: 'GraphQL Article(draft: true)',
    kind: '稿件',
    ask: (s, t) => gql(`{ Article(id: ${ids[s].article}, draft: true) { title } }`, t),
    expect: { anonymous: 'live', staff: 'edit' },
  },
  {
    name: 'GraphQL Articles(draft: true) with relations',
    kind: '项目',
    ask: (_s, t) => gql('{ Articles(draft: true, limit: 100) { docs { title relatedProjects { name } } } }', t),
    expect: { anonymous: 'liveOrNothing', staff: 'any' },
  },
  {
    name: 'GraphQL versionsArticles',
    kind: '稿件',
    ask: (s, t) =>
      gql(`{ versionsArticles(where: { parent: { equals: ${ids[s].article} } }) { docs { version { title } } } }`, t),
    expect: { anonymous: 'nothing', staff: 'edit' },
  },
  {
    name: 'GraphQL versionArticle',
    kind: '稿件',
    ask: (s, t) => gql(`{ versionArticle(id: ${ids[s].articleVersion}) { version { title } } }`, t),
    expect: { anonymous: 'nothing', staff: 'edit' },
  },
]

const cases = ROLES.flatMap((role) =>
  STATES.flatMap((state) => SURFACES.map((surface) => ({ role, state, surface, label: surface.name }))),
)

describe('leak matrix', () => {
  it.each(cases)('$role · $state · $label', async ({ role, state, surface }) => {
    const before = await fingerprint(ctx.db)
    const answer = await surface.ask(state, tokens[role])
    expect(answer.status).toBeLessThan(500)
    expectCleanBody(answer.text)
    const { saved, edit } = names(surface.kind, state)
    const shows = (text: string) => answer.text.includes(JSON.stringify(text).slice(1, -1))
    // `saved` is a prefix of `edit`: look for the edit first.
    const showsEdit = edit !== saved && shows(edit)
    const showsSaved =
      shows(saved) && (edit === saved || answer.text.split(saved).length - 1 > answer.text.split(edit).length - 1)

    if (role === 'anonymous') {
      expect(showsEdit, 'an unpublished edit reached an anonymous reader').toBe(false)
      const mayShow = surface.expect.anonymous !== 'nothing' && isLive(state)
      if (!mayShow) expect(showsSaved, 'an unpublished text leaked').toBe(false)
      else if (surface.expect.anonymous === 'live') expect(showsSaved, 'the published text is missing').toBe(true)
    } else {
      const want = surface.expect.staff
      if (want === 'saved') expect(showsSaved, 'staff should see the saved text').toBe(true)
      if (want === 'edit')
        expect(showsEdit || (edit === saved && showsSaved), 'staff should see the newest text').toBe(true)
      if (want === 'any') expect(showsSaved || showsEdit || state === 'published').toBe(true)
    }
    expect(await fingerprint(ctx.db)).toEqual(before)
  })
})
