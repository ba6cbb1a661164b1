import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import type { EditorialCollection } from '../../src/workflow/editorialCollections'
import { WORKFLOW_STATES } from '../../src/workflow/states'
import { startTestPayload, type TestContext } from '../int/helpers/testPayload'
import { expectCleanBody, fingerprint } from './helpers/fingerprint'
import { FIXTURE_PLACES, hire, hireCrew, passStages, step, walkTo, type Crew, type Place } from './helpers/stages'

/**
 * Who can read what, generated from a table: every role × every state × every API surface.
 * Anonymous readers get the live (published) text only; staff (editors, the reviewers of every
 * stage, admins alike) read drafts and versions. The documents stand at every place of the shipped
 * workflows (三审 for the articles: 初审, 复审, 终审, approved for release, scheduled, published,
 * and published with an edit waiting at 复审), each stage passed by a different person. The site's
 * pages, feed, sitemap and preview route read through the same access as anonymous visitors and
 * are tested against a production server in tests/e2e/site.test.ts and preview.test.ts;
 * tests/int/publicReads.test.ts holds the first hand-written cases.
 */
let ctx: TestContext

/**
 * `in_review` sits at the first stage (初审), `second_review` at the second (复审; 终审 for the
 * two-stage projects and honors), `final_review` at the release stage (终审), handed by an
 * administrator to one named 值班总编辑 (改派). `pending_edit` is a live document with an
 * unpublished edit, `pending_review` one whose edit has passed 初审 and waits at 复审.
 */
const STATES = [
  'draft',
  'in_review',
  'second_review',
  'final_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'archived',
  'pending_edit',
  'pending_review',
] as const
type State = (typeof STATES)[number]
const ROLES = ['anonymous', 'editor', 'first_reviewer', 'second_reviewer', 'final_reviewer', 'admin'] as const
type Role = (typeof ROLES)[number]

const PLACE_OF: Record<State, Place> = FIXTURE_PLACES
const hasEdit = (state: State) => state === 'pending_edit' || state === 'pending_review'
const isLive = (state: State) => state === 'published' || hasEdit(state)

/** The names a state's documents carry: the saved one, and the unpublished edit on top. */
const names = (kind: string, state: State) => ({
  saved: `${kind}〔${state}〕`,
  edit: hasEdit(state) ? `${kind}〔${state}〕未发布的修改` : `${kind}〔${state}〕`,
})

const tokens: Partial<Record<Role, string>> = {}
/** 甲 takes every document through its stages and publishes; 乙 passes the edits and takes reassigned stages. */
let crew: Crew
let other: Crew
interface StateIds {
  article: number
  project: number
  honor: number
  articleVersion: number
  /** The images of the state's documents: the article's cover and body image, the project's photo. */
  cover: number
  inBody: number
  photo: number
  /** Images that only the unpublished edit of a live article shows (pending edits only). */
  editCover?: number
  editInBody?: number
}
const ids: Record<string, StateIds> = {}
/** Each image's files, original first, by media id. */
const filesOf = new Map<number, string[]>()
/** What each document is called (its saved name), to name the ids an answer holds. */
const nameOf = {
  articles: new Map<number, string>(),
  projects: new Map<number, string>(),
  honors: new Map<number, string>(),
}
let carrier: number

/** Brings a document to a state: its place in the workflow, then the edit and the reassignment the state needs. */
async function bringTo(collection: EditorialCollection, id: number, state: State) {
  await walkTo(ctx, crew, collection, id, PLACE_OF[state])
  if (state === 'final_review') {
    // Handed to one person of the stage: the version now names them (stageAssignee).
    await step(ctx, crew.admin, collection, id, 'reassign', { assignee: other.final.id })
  }
}

/** The unpublished edit of a live document, saved by the crew's editor; pending_review then submits it and passes 初审. */
async function editLive(collection: EditorialCollection, id: number, state: State, data: Record<string, unknown>) {
  const saved = await ctx.rest.patch(`/${collection}/${id}?draft=true`, data, crew.editor.token)
  if (saved.status !== 200)
    throw new Error(`editing ${collection} ${id}: ${saved.status} ${JSON.stringify(saved.body)}`)
  if (state !== 'pending_review') return
  await step(ctx, crew.editor, collection, id, 'submit')
  await passStages(ctx, other, collection, id, 1)
}

const bodyWithImage = (mediaId: number) =>
  buildLexicalDocument([
    { type: 'paragraph', text: '正文。' },
    { type: 'upload', mediaId },
  ])

const textNode = (text: string) => ({ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })
/** A paragraph with an internal link to an article, as the admin's link button stores it. */
const linkParagraph = (article: number, text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children: [
    textNode('参见'),
    {
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      id: `link-${article}`,
      fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value: article } },
      children: [textNode(text)],
    },
  ],
})
/** A relationship block showing a project, as the admin's relationship button stores it. */
const relationshipNode = (project: number) => ({
  type: 'relationship',
  version: 2,
  format: '',
  relationTo: 'projects',
  value: project,
})

beforeAll(async () => {
  ctx = await startTestPayload()
  crew = await hireCrew(ctx, '甲')
  other = await hireCrew(ctx, '乙')
  for (const role of ROLES) {
    if (role !== 'anonymous') tokens[role] = (await hire(ctx, [role], `读者${role}`)).token
  }
  // Large enough for the 400×300 size, so a size's own file can be asked for too.
  const png = await sharp({ create: { width: 480, height: 360, channels: 3, background: '#888' } })
    .png()
    .toBuffer()
  const image = async (alt: string, name: string) => {
    const doc = await ctx.payload.create({
      collection: 'media',
      data: { alt },
      file: { data: png, mimetype: 'image/png', name: `${name}.png`, size: png.length },
    })
    filesOf.set(doc.id, [doc.filename!, doc.sizes!.thumbnail!.filename!])
    return doc
  }
  for (const state of STATES) {
    const photo = await image(`照片〔${state}〕`, `photo-${state}`)
    const cover = await image(`题图〔${state}〕`, `cover-${state}`)
    const inBody = await image(`插图〔${state}〕`, `in-body-${state}`)
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
        body: bodyWithImage(inBody.id),
        coverImage: cover.id,
        relatedProjects: [project.id],
        relatedHonors: [honor.id],
      },
    })
    const edited: Partial<StateIds> = {}
    await bringTo('projects', project.id, state)
    await bringTo('honors', honor.id, state)
    await bringTo('articles', article.id, state)
    if (hasEdit(state)) {
      // The edit brings images of its own: they stay private until the edit is published.
      const editCover = await image(names('题图', state).edit, `cover-${state}-edit`)
      const editInBody = await image(names('插图', state).edit, `in-body-${state}-edit`)
      Object.assign(edited, { editCover: editCover.id, editInBody: editInBody.id })
      await editLive('articles', article.id, state, {
        title: names('稿件', state).edit,
        coverImage: editCover.id,
        body: bodyWithImage(editInBody.id),
      })
      await editLive('projects', project.id, state, { name: names('项目', state).edit })
      await editLive('honors', honor.id, state, { title: names('荣誉', state).edit })
    }
    const [version] = await ctx.db.query<{ id: number }>(
      'SELECT id FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
      [article.id],
    )
    ids[state] = {
      article: article.id,
      project: project.id,
      honor: honor.id,
      articleVersion: version.id,
      cover: cover.id,
      inBody: inBody.id,
      photo: photo.id,
      ...edited,
    }
    nameOf.articles.set(article.id, names('稿件', state).saved)
    nameOf.projects.set(project.id, names('项目', state).saved)
    nameOf.honors.set(honor.id, names('荣誉', state).saved)
  }
  // A published article related to every state's project and honor, linking to every state's
  // article and showing every state's project in its text: population and answers must filter them.
  const created = await ctx.payload.create({
    collection: 'articles',
    data: {
      title: '关联载体',
      body: {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: STATES.flatMap((s) => [
            linkParagraph(ids[s].article, `链接文字〔${s}〕`),
            relationshipNode(ids[s].project),
          ]),
        },
      },
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
  kind: '稿件' | '项目' | '荣誉' | '照片' | '题图' | '插图'
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

type Named = keyof typeof nameOf
const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? Number((value as { id?: unknown }).id) : Number(value)
/** Ids (or populated documents) shown as the names of what they point at, so the table can judge them. */
const asNames = (collection: Named, values: unknown[]) =>
  values.map((value) => nameOf[collection].get(idOf(value)) ?? `unknown ${collection} ${JSON.stringify(value)}`)

/** The documents of an answer: a list's docs, or the one document. */
const docsOf = (body: any): any[] =>
  Array.isArray(body?.docs) ? body.docs : body && typeof body === 'object' ? [body] : []

/** The ids a relationship field holds in every document of a REST answer, by name. */
const relationNames = async (path: string, token: string | undefined, field: string, collection: Named) => {
  const response = await ctx.rest.get(path, token)
  const values = docsOf(response.body).flatMap((doc) => (Array.isArray(doc?.[field]) ? doc[field] : []))
  return { status: response.status, text: JSON.stringify(asNames(collection, values)) }
}

/**
 * Every document rich text points at, found without knowing node types: any object with a
 * `relationTo` and a `value` (an internal link's `doc`, a relationship or upload node).
 */
function referencesIn(value: unknown, collection: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((item) => referencesIn(item, collection, found))
  else if (typeof value === 'object' && value !== null) {
    const node = value as { relationTo?: unknown; value?: unknown }
    if (node.relationTo === collection && node.value !== undefined) found.push(node.value)
    Object.values(value).forEach((item) => referencesIn(item, collection, found))
  }
  return found
}
const bodyReferenceNames = (body: unknown, collection: Named) => asNames(collection, referencesIn(body, collection))

/** The images of a state by kind: the saved document's, and the unpublished edit's if it has one. */
const imagesOf = (state: State, kind: '照片' | '题图' | '插图') => {
  const own = ids[state]
  const [saved, edit] =
    kind === '照片'
      ? [own.photo, undefined]
      : kind === '题图'
        ? [own.cover, own.editCover]
        : [own.inBody, own.editInBody]
  return [saved, edit].filter((id): id is number => id !== undefined)
}
/** Several answers as one: the worst status (all must stay below 500), the texts together. */
const together = (answers: Answer[]): Answer => ({
  status: Math.max(...answers.map((answer) => answer.status)),
  text: answers.map((answer) => answer.text).join('\n'),
})
/** An image's file, as a browser asks for it: a served file counts as showing the image's alt text. */
const file = async (mediaId: number, which: 0 | 1, token?: string): Promise<Answer> => {
  const name = filesOf.get(mediaId)![which]
  const response = await ctx.rest.get(`/media/file/${encodeURIComponent(name)}`, token)
  const alt = (await ctx.payload.findByID({ collection: 'media', id: mediaId, depth: 0 })).alt
  return { status: response.status, text: response.status === 200 ? alt : JSON.stringify(response.body) }
}

const IMAGE_KINDS = ['照片', '题图', '插图'] as const
const imageSurfaces: Surface[] = IMAGE_KINDS.flatMap((kind): Surface[] => [
  {
    name: `REST media list (${kind})`,
    kind,
    ask: (_s, t) => get('/media?limit=100&depth=0', t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: `REST media by id (${kind})`,
    kind,
    ask: async (s, t) => together(await Promise.all(imagesOf(s, kind).map((id) => get(`/media/${id}`, t)))),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: `REST media file, original and 400×300 size (${kind})`,
    kind,
    ask: async (s, t) =>
      together(await Promise.all(imagesOf(s, kind).flatMap((id) => [file(id, 0, t), file(id, 1, t)]))),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: `GraphQL Media by id (${kind})`,
    kind,
    ask: async (s, t) =>
      together(await Promise.all(imagesOf(s, kind).map((id) => gql(`{ Media(id: ${id}) { alt url } }`, t)))),
    expect: { anonymous: 'live', staff: 'saved' },
  },
])

const STAGE_SELECT =
  'select[title]=true&select[reviewStage]=true&select[signOff]=true&select[stageAssignee]=true&select[printedCredits]=true'
const STAGE_GQL = 'reviewStage signOff stageAssignee { id name email } printedCredits'

const SURFACES: Surface[] = [
  ...imageSurfaces,
  {
    name: 'REST media where alt like',
    kind: '题图',
    ask: (_s, t) => get(`/media?limit=100&where[alt][like]=${encodeURIComponent('题图')}`, t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'GraphQL allMedia',
    kind: '插图',
    ask: (_s, t) => gql('{ allMedia(limit: 100) { docs { alt url sizes { thumbnail { url } } } } }', t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST project photos populated ?depth=1 (list)',
    kind: '照片',
    ask: (_s, t) => get('/projects?limit=100&depth=1', t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  ...([0, 1, 2] as const).map((depth): Surface => ({
    name: `REST depth=${depth} relation ids article→projects`,
    kind: '项目',
    ask: (_s, t) => relationNames(`/articles/${carrier}?depth=${depth}`, t, 'relatedProjects', 'projects'),
    expect: { anonymous: 'live', staff: 'saved' },
  })),
  {
    name: 'REST depth=0 relation ids article→honors',
    kind: '荣誉',
    ask: (_s, t) => relationNames(`/articles/${carrier}?depth=0`, t, 'relatedHonors', 'honors'),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST select relatedHonors',
    kind: '荣誉',
    ask: (_s, t) => relationNames(`/articles/${carrier}?select[relatedHonors]=true`, t, 'relatedHonors', 'honors'),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST list relation ids ?draft=true&depth=0',
    kind: '项目',
    ask: (_s, t) => relationNames('/articles?limit=100&depth=0&draft=true', t, 'relatedProjects', 'projects'),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'GraphQL relation ids article→projects',
    kind: '项目',
    ask: async (_s, t) => {
      const response = await ctx.rest.graphql(`{ Article(id: ${carrier}) { relatedProjects { id } } }`, t)
      const values = response.body?.data?.Article?.relatedProjects ?? []
      return { status: response.status, text: JSON.stringify(asNames('projects', values)) }
    },
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'GraphQL relation ids article→honors, in a list',
    kind: '荣誉',
    ask: async (_s, t) => {
      const response = await ctx.rest.graphql('{ Articles(limit: 100) { docs { relatedHonors { id } } } }', t)
      const values = (response.body?.data?.Articles?.docs ?? []).flatMap((doc: any) => doc.relatedHonors ?? [])
      return { status: response.status, text: JSON.stringify(asNames('honors', values)) }
    },
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST internal links in a published body',
    kind: '稿件',
    ask: async (_s, t) => {
      const response = await ctx.rest.get(`/articles/${carrier}?depth=0`, t)
      return { status: response.status, text: JSON.stringify(bodyReferenceNames(response.body?.body, 'articles')) }
    },
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    // At depth 0: deeper, Payload's own population already drops what the reader may not read.
    name: 'REST relationship nodes in a published body ?depth=0',
    kind: '项目',
    ask: async (_s, t) => {
      const response = await ctx.rest.get(`/articles/${carrier}?depth=0`, t)
      return { status: response.status, text: JSON.stringify(bodyReferenceNames(response.body?.body, 'projects')) }
    },
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'GraphQL body references, in a list',
    kind: '稿件',
    ask: async (_s, t) => {
      const response = await ctx.rest.graphql('{ Articles(limit: 100) { docs { body } } }', t)
      const bodies = (response.body?.data?.Articles?.docs ?? []).map((doc: any) => doc.body)
      return { status: response.status, text: JSON.stringify(bodyReferenceNames(bodies, 'articles')) }
    },
    expect: { anonymous: 'live', staff: 'saved' },
  },
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
  // The review records, asked for by name: staff read them, readers get none of them.
  {
    name: 'REST by id, the review records selected',
    kind: '稿件',
    ask: (s, t) => get(`/articles/${ids[s].article}?${STAGE_SELECT}`, t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST by id ?draft=true&depth=1, the review records selected',
    kind: '稿件',
    ask: (s, t) => get(`/articles/${ids[s].article}?draft=true&depth=1&${STAGE_SELECT}`, t),
    expect: { anonymous: 'live', staff: 'edit' },
  },
  {
    name: 'REST list ?draft=true&depth=1 (the assignee populated)',
    kind: '稿件',
    ask: (_s, t) => get('/articles?draft=true&limit=100&depth=1', t),
    expect: { anonymous: 'liveOrNothing', staff: 'edit' },
  },
  {
    name: 'REST projects by id ?draft=true, the review records selected',
    kind: '项目',
    ask: (s, t) => get(`/projects/${ids[s].project}?draft=true&${STAGE_SELECT.replace('title', 'name')}`, t),
    expect: { anonymous: 'live', staff: 'edit' },
  },
  {
    name: 'REST honors list, the review records selected',
    kind: '荣誉',
    ask: (_s, t) => get(`/honors?limit=100&${STAGE_SELECT}`, t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'REST /versions, the review records selected',
    kind: '稿件',
    ask: (s, t) =>
      get(
        `/articles/versions?where[parent][equals]=${ids[s].article}&select[version][title]=true&select[version][reviewStage]=true&select[version][signOff]=true&select[version][stageAssignee]=true`,
        t,
      ),
    expect: { anonymous: 'nothing', staff: 'edit' },
  },
  {
    name: 'GraphQL Article(draft: true), the review records',
    kind: '稿件',
    ask: (s, t) => gql(`{ Article(id: ${ids[s].article}, draft: true) { title ${STAGE_GQL} } }`, t),
    expect: { anonymous: 'live', staff: 'edit' },
  },
  {
    name: 'GraphQL Articles, the review records',
    kind: '稿件',
    ask: (_s, t) => gql(`{ Articles(limit: 100) { docs { title ${STAGE_GQL} } } }`, t),
    expect: { anonymous: 'live', staff: 'saved' },
  },
  {
    name: 'GraphQL Projects(draft: true), the review records',
    kind: '项目',
    ask: (_s, t) => gql(`{ Projects(draft: true, limit: 100) { docs { name ${STAGE_GQL} } } }`, t),
    expect: { anonymous: 'liveOrNothing', staff: 'edit' },
  },
  {
    name: 'GraphQL versionsHonors, the review records',
    kind: '荣誉',
    ask: (s, t) =>
      gql(
        `{ versionsHonors(where: { parent: { equals: ${ids[s].honor} } }) { docs { version { title ${STAGE_GQL} } } } }`,
        t,
      ),
    expect: { anonymous: 'nothing', staff: 'edit' },
  },
]

/**
 * What only staff may know of where documents stand in review, as an answer would show it: the
 * stage records themselves (reviewStage, signOff, stageAssignee with a value; their inner keys),
 * and the names of everyone who passed a stage that readers are not shown: 复审 is not printed,
 * and 乙 only ever passed unpublished versions. Printed names (责任编辑甲, 值班总编辑甲) are public.
 */
function stageRecordsIn(text: string): string[] {
  const markers = [/"(reviewStage|signOff|stageAssignee)":(?!null)/, /"enteredAt"/, /"stageKey"/, /"passes"/]
  const unprinted = [crew.second, crew.editor, crew.admin, ...Object.values(other)].map((p) => p.realName)
  return [
    ...markers.filter((marker) => marker.test(text)).map(String),
    ...unprinted.filter((name) => text.includes(name)),
  ]
}

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
      expect(stageRecordsIn(answer.text), 'the review records reached an anonymous reader').toEqual([])
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

/** An answer reduced to what a reader can tell apart: status and body. */
const answerOf = async (response: Promise<{ status: number; body: unknown }>) => {
  const { status, body } = await response
  return { status, body }
}

interface ProbeTarget {
  project: number
  honor: number
  projectName: string
}
const NOBODY: ProbeTarget = { project: 999_999, honor: 999_998, projectName: '不存在的项目' }

/** Ways a reader could ask "does a published article relate to this project / honor?". */
const PROBES: [string, (target: ProbeTarget, token?: string) => Promise<unknown>][] = [
  [
    'in',
    ({ project }, t) =>
      answerOf(ctx.rest.get(`/articles?depth=0&select[title]=true&where[relatedProjects][in]=${project}`, t)),
  ],
  [
    'equals',
    ({ project }, t) =>
      answerOf(ctx.rest.get(`/articles?depth=0&select[title]=true&where[relatedProjects][equals]=${project}`, t)),
  ],
  [
    'contains',
    ({ project }, t) =>
      answerOf(ctx.rest.get(`/articles?depth=0&select[title]=true&where[relatedProjects][contains]=${project}`, t)),
  ],
  [
    'the .id path',
    ({ project }, t) =>
      answerOf(ctx.rest.get(`/articles?depth=0&select[title]=true&where[relatedProjects.id][equals]=${project}`, t)),
  ],
  [
    'in an or',
    ({ project }, t) =>
      answerOf(
        ctx.rest.get(
          `/articles?depth=0&select[title]=true&where[or][0][relatedProjects][in]=${project}&where[or][1][title][equals]=none`,
          t,
        ),
      ),
  ],
  [
    'all',
    ({ project }, t) =>
      answerOf(ctx.rest.get(`/articles?depth=0&select[title]=true&where[relatedProjects][all]=${project}`, t)),
  ],
  [
    '?draft=true',
    ({ project }, t) =>
      answerOf(
        ctx.rest.get(`/articles?draft=true&depth=0&select[title]=true&where[relatedProjects][in]=${project}`, t),
      ),
  ],
  ['count', ({ project }, t) => answerOf(ctx.rest.get(`/articles/count?where[relatedProjects][equals]=${project}`, t))],
  [
    'honors',
    ({ honor }, t) =>
      answerOf(ctx.rest.get(`/articles?depth=0&select[title]=true&where[relatedHonors][in]=${honor}`, t)),
  ],
  [
    'a field of the related project',
    ({ projectName }, t) =>
      answerOf(
        ctx.rest.get(
          `/articles?depth=0&select[title]=true&where[relatedProjects.name][equals]=${encodeURIComponent(projectName)}`,
          t,
        ),
      ),
  ],
  [
    'GraphQL',
    ({ project }, t) =>
      answerOf(
        ctx.rest.graphql(
          `{ Articles(where: { relatedProjects: { in: [${project}] } }) { totalDocs docs { title } } }`,
          t,
        ),
      ),
  ],
  [
    'not_in (refused)',
    ({ project }, t) => answerOf(ctx.rest.get(`/articles?depth=0&where[relatedProjects][not_in]=${project}`, t)),
  ],
  [
    'not_equals (refused)',
    ({ project }, t) => answerOf(ctx.rest.get(`/articles?depth=0&where[relatedProjects][not_equals]=${project}`, t)),
  ],
]

const targetOf = (state: State): ProbeTarget => ({
  project: ids[state].project,
  honor: ids[state].honor,
  projectName: names('项目', state).saved,
})

describe('a where on a relation tells a reader nothing about unpublished documents', () => {
  const hidden = STATES.filter((state) => !isLive(state))
  it.each(PROBES.flatMap(([probe, ask]) => hidden.map((state) => ({ probe, ask, state }))))(
    '$probe · $state: the same answer as for an id that does not exist',
    async ({ ask, state }) => {
      const before = await fingerprint(ctx.db)
      const answer = await ask(targetOf(state))
      expect(answer).toEqual(await ask(NOBODY))
      expect(JSON.stringify(answer)).not.toContain('关联载体')
      expect(await fingerprint(ctx.db)).toEqual(before)
    },
  )

  // `all` on a relationship is refused for everyone (src/api); the others answer.
  it.each(PROBES.filter(([probe]) => !probe.includes('refused') && probe !== 'all'))(
    '%s finds the published article through a published project, and staff find it through any',
    async (_probe, ask) => {
      expect(JSON.stringify(await ask(targetOf('published')))).toMatch(/关联载体|"totalDocs":[1-9]/)
      expect(JSON.stringify(await ask(targetOf('draft'), tokens.editor))).toMatch(/关联载体|"totalDocs":[1-9]/)
    },
  )

  it('refuses with a 400 what cannot be scoped: negations, sorting by related documents, filtering on the text', async () => {
    for (const path of [
      `/articles?where[relatedProjects][not_in]=${ids.draft.project}`,
      `/articles?where[relatedProjects][exists]=false`,
      '/articles?sort=relatedProjects.name',
      `/articles?where[body][like]=${ids.draft.article}`,
      `/projects?where[photos.alt][like]=${encodeURIComponent('照片')}`,
    ]) {
      const response = await ctx.rest.get(path)
      expect(response.status, path).toBe(400)
      expectCleanBody(response.body)
    }
  })
})

/** One question about the review records, asked with a value that matches something and one that matches nothing. */
interface RecordProbe {
  name: string
  ask(value: string): Promise<{ status: number; body: unknown }>
  /** A value some unpublished document holds (read when the probe runs), and one nothing holds. */
  value(): string
  nothing: string
}
const articlesWhere =
  (where: string, draft = false) =>
  (value: string) =>
    answerOf(
      ctx.rest.get(
        `/articles?${draft ? 'draft=true&' : ''}depth=0&select[title]=true&${where}=${encodeURIComponent(value)}`,
      ),
    )
const RECORD_PROBES: RecordProbe[] = [
  {
    name: 'where[signOff.name][equals] (a 复审 name)',
    ask: articlesWhere('where[signOff.name][equals]'),
    value: () => crew.second.realName,
    nothing: '无此人',
  },
  {
    name: 'where[signOff.name][equals] ?draft=true (an edit’s 初审)',
    ask: articlesWhere('where[signOff.name][equals]', true),
    value: () => other.first.realName,
    nothing: '无此人',
  },
  {
    name: 'where[signOff.userId][equals]',
    ask: articlesWhere('where[signOff.userId][equals]'),
    value: () => String(crew.first.id),
    nothing: '999999',
  },
  {
    name: 'where[signOff.stageKey][equals] ?draft=true',
    ask: articlesWhere('where[signOff.stageKey][equals]', true),
    value: () => 'articles-second',
    nothing: 'no-such-stage',
  },
  {
    name: 'where[signOff][like]',
    ask: articlesWhere('where[signOff][like]', true),
    value: () => crew.second.realName,
    nothing: '无此人',
  },
  {
    name: 'where[signOff][contains]',
    ask: articlesWhere('where[signOff][contains]'),
    value: () => crew.second.realName,
    nothing: '无此人',
  },
  {
    name: 'where[reviewStage.key][equals] ?draft=true',
    ask: articlesWhere('where[reviewStage.key][equals]', true),
    value: () => 'articles-second',
    nothing: 'no-such-stage',
  },
  {
    name: 'where[reviewStage.name.zh][equals]',
    ask: articlesWhere('where[reviewStage.name.zh][equals]'),
    value: () => '终审',
    nothing: '无此阶段',
  },
  {
    name: 'where[reviewStage][exists] ?draft=true',
    ask: articlesWhere('where[reviewStage][exists]', true),
    value: () => 'true',
    nothing: 'false',
  },
  {
    name: 'where[stageAssignee][equals]',
    ask: articlesWhere('where[stageAssignee][equals]'),
    value: () => String(other.final.id),
    nothing: '999999',
  },
  {
    name: 'where[stageAssignee][equals] ?draft=true',
    ask: articlesWhere('where[stageAssignee][equals]', true),
    value: () => String(other.final.id),
    nothing: '999999',
  },
  {
    name: 'where[stageAssignee][in] on the projects ?draft=true',
    ask: (value) =>
      answerOf(ctx.rest.get(`/projects?draft=true&depth=0&select[name]=true&where[stageAssignee][in]=${value}`)),
    value: () => String(other.final.id),
    nothing: '999999',
  },
  {
    name: 'where[stageAssignee.name][equals]',
    ask: articlesWhere('where[stageAssignee.name][equals]', true),
    value: () => other.final.realName,
    nothing: '无此人',
  },
  {
    name: 'count where[stageAssignee][equals]',
    ask: (value) => answerOf(ctx.rest.get(`/articles/count?where[stageAssignee][equals]=${value}`)),
    value: () => String(other.final.id),
    nothing: '999999',
  },
  {
    name: 'where[printedCredits.name][equals] ?draft=true (a name never printed)',
    ask: articlesWhere('where[printedCredits.name][equals]', true),
    value: () => crew.second.realName,
    nothing: '无此人',
  },
  {
    name: 'GraphQL where stageAssignee equals',
    ask: (value) =>
      answerOf(
        ctx.rest.graphql(`{ Articles(draft: true, where: { stageAssignee: { equals: ${value} } }) { totalDocs } }`),
      ),
    value: () => String(other.final.id),
    nothing: '999999',
  },
  {
    name: 'GraphQL where signOff like',
    ask: (value) =>
      answerOf(ctx.rest.graphql(`{ Articles(draft: true, where: { signOff: { like: "${value}" } }) { totalDocs } }`)),
    value: () => crew.second.realName,
    nothing: '无此人',
  },
]

describe('a where on the review records tells a reader nothing', () => {
  it.each(RECORD_PROBES)('$name: refused, or the same answer as for a value nothing holds', async (probe) => {
    const before = await fingerprint(ctx.db)
    const answer = await probe.ask(probe.value())
    const none = await probe.ask(probe.nothing)
    expect(answer.status).toBeLessThan(500)
    expectCleanBody(answer.body)
    // A refusal may name the value it refuses; it says nothing of what is stored.
    if (answer.status === 400) expect(none.status).toBe(400)
    else expect(answer).toEqual(none)
    expect(stageRecordsIn(JSON.stringify(answer.body))).toEqual([])
    expect(await fingerprint(ctx.db)).toEqual(before)
  })

  it('the records are really there: staff find the documents in review by their stage, and the reassigned one by its assignee', async () => {
    const inReview = await ctx.rest.get(
      '/articles?draft=true&depth=0&limit=100&where[reviewStage][exists]=true',
      tokens.editor,
    )
    expect(inReview.status).toBe(200)
    const found = inReview.body.docs.map((doc: { id: number }) => doc.id)
    for (const state of ['in_review', 'second_review', 'final_review', 'pending_review'] as const)
      expect(found, state).toContain(ids[state].article)
    const assigned = await ctx.rest.get(
      `/articles?draft=true&depth=0&limit=100&where[stageAssignee][equals]=${other.final.id}`,
      tokens.admin,
    )
    expect(assigned.body.docs.map((doc: { id: number }) => doc.id)).toEqual([ids.final_review.article])
    // By the very doors the readers are refused at, staff get the records the matrix looks for.
    const staff = await ctx.rest.get(
      `/articles/${ids.final_review.article}?draft=true&depth=1&${STAGE_SELECT}`,
      tokens.admin,
    )
    expect(stageRecordsIn(JSON.stringify(staff.body))).toEqual(
      expect.arrayContaining([expect.stringContaining('reviewStage'), crew.second.realName, other.final.realName]),
    )
  })
})

describe('the workflows collection is the staff’s', () => {
  let workflowId: number
  let versionId: number
  beforeAll(async () => {
    ;[{ id: workflowId }] = await ctx.db.query<{ id: number }>("SELECT id FROM workflows WHERE collection = 'articles'")
    // A version of the definition to ask for: an administrator's edit makes one.
    const edited = await ctx.rest.patch(
      `/workflows/${workflowId}`,
      { stages: (await ctx.rest.get(`/workflows/${workflowId}`, tokens.admin)).body.stages },
      tokens.admin,
    )
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    ;[{ id: versionId }] = await ctx.db.query<{ id: number }>(
      'SELECT id FROM _workflows_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
      [workflowId],
    )
  })

  const DOORS: [string, () => Promise<{ status: number; body: any }>][] = [
    ['REST list', () => ctx.rest.get('/workflows?limit=100')],
    ['REST list ?depth=2', () => ctx.rest.get('/workflows?limit=100&depth=2')],
    ['REST where collection', () => ctx.rest.get('/workflows?where[collection][equals]=articles')],
    ['REST where stages.roles', () => ctx.rest.get('/workflows?where[stages.roles][in]=final_reviewer')],
    ['REST by id', () => ctx.rest.get(`/workflows/${workflowId}`)],
    ['REST by id ?draft=true', () => ctx.rest.get(`/workflows/${workflowId}?draft=true`)],
    ['REST count', () => ctx.rest.get('/workflows/count')],
    ['REST /versions', () => ctx.rest.get('/workflows/versions')],
    ['REST /versions/:id', () => ctx.rest.get(`/workflows/versions/${versionId}`)],
    ['GraphQL Workflows', () => ctx.rest.graphql('{ Workflows { docs { collection stages { name roles } } } }')],
    ['GraphQL Workflow', () => ctx.rest.graphql(`{ Workflow(id: ${workflowId}) { collection stages { name } } }`)],
    ['GraphQL versionsWorkflows', () => ctx.rest.graphql('{ versionsWorkflows { docs { version { collection } } } }')],
    [
      'GraphQL versionWorkflow',
      () => ctx.rest.graphql(`{ versionWorkflow(id: ${versionId}) { version { stages { name } } } }`),
    ],
  ]

  it.each(DOORS)('%s: nothing of the stages reaches an anonymous reader', async (_door, ask) => {
    const before = await fingerprint(ctx.db)
    const { status, body } = await ask()
    const text = expectCleanBody(body)
    expect(status).toBeLessThan(500)
    expect(text).not.toMatch(/初审|复审|终审|first_reviewer|final_reviewer|"stages":\[\{/)
    const docs = body?.docs ?? body?.data?.Workflows?.docs ?? body?.data?.versionsWorkflows?.docs
    if (status === 200 && !body?.errors) expect(docs ?? [], text.slice(0, 200)).toEqual([])
    expect(await fingerprint(ctx.db)).toEqual(before)
  })

  it('staff read the stages their documents pass', async () => {
    const response = await ctx.rest.get('/workflows?where[collection][equals]=articles', tokens.editor)
    expect(response.status).toBe(200)
    expect(response.body.docs[0].stages.map((stage: { name: string }) => stage.name)).toEqual(['初审', '复审', '终审'])
  })
})

describe('the printed credits', () => {
  const PRINTED = () => [
    { label: '责任编辑', name: crew.first.realName },
    { label: '签发', name: crew.final.realName },
  ]
  const live = STATES.filter(isLive)

  it.each(live)('%s: a reader sees the names printed with the published version, by every door', async (state) => {
    const id = ids[state].article
    for (const path of [`/articles/${id}`, `/articles/${id}?draft=true`, `/articles?where[id][equals]=${id}`]) {
      const { body } = await ctx.rest.get(path)
      expect(docsOf(body)[0]?.printedCredits, path).toEqual(PRINTED())
    }
    const gqlAnswer = await ctx.rest.graphql(`{ Article(id: ${id}, draft: true) { printedCredits } }`)
    expect(gqlAnswer.body.data.Article.printedCredits).toEqual(PRINTED())
  })

  it('the edit waiting at 复审 was passed by 乙, whose name no reader sees; staff see the edit’s own chain', async () => {
    const id = ids.pending_review.article
    const staff = await ctx.rest.get(`/articles/${id}?draft=true`, tokens.editor)
    expect(staff.body.signOff.map((pass: { name: string }) => pass.name)).toEqual([other.first.realName])
    expect(staff.body.reviewStage.name.zh).toBe('复审')
    const reader = JSON.stringify((await ctx.rest.get(`/articles/${id}?draft=true`)).body)
    expect(reader).not.toContain(other.first.realName)
  })

  it('projects and honors print nobody (their stages are not printed)', async () => {
    const { body } = await ctx.rest.get(`/projects/${ids.published.project}`)
    expect(body.printedCredits ?? []).toEqual([])
  })
})

describe('an internal link to an unpublished article', () => {
  it('reads as its text, without the link or the article id, in the published body', async () => {
    const response = await ctx.rest.get(`/articles/${carrier}?depth=0`)
    const text = JSON.stringify(response.body.body)
    for (const state of STATES) {
      expect(text, state).toContain(`链接文字〔${state}〕`)
      expect(text.includes(`"link-${ids[state].article}"`), state).toBe(isLive(state))
    }
    // Staff see every link.
    const staff = JSON.stringify((await ctx.rest.get(`/articles/${carrier}?depth=0`, tokens.editor)).body.body)
    for (const state of STATES) expect(staff).toContain(`"link-${ids[state].article}"`)
  })

  it('is filtered for the site too: the Local API read with access, as the site makes it', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'articles',
      overrideAccess: false,
      user: null,
      depth: 0,
      where: { id: { equals: carrier } },
    })
    expect(asNames('articles', referencesIn(docs[0].body, 'articles')).sort()).toEqual(
      STATES.filter(isLive)
        .map((state) => names('稿件', state).saved)
        .sort(),
    )
    expect(asNames('projects', docs[0].relatedProjects ?? []).sort()).toEqual(
      STATES.filter(isLive)
        .map((state) => names('项目', state).saved)
        .sort(),
    )
    // The server's own reads (access overridden) keep everything: they may write it back.
    const stored = await ctx.payload.findByID({ collection: 'articles', id: carrier, depth: 0 })
    expect(stored.relatedProjects).toHaveLength(STATES.length)
  })
})

describe('an image is public exactly while a live document shows it', () => {
  const release = () => crew.final
  const take = (id: number, action: 'publish' | 'unpublish') =>
    step(ctx, release(), 'articles', id, action, action === 'unpublish' ? { comment: '理由' } : {})
  /** Through every stage again (a new version needs every approval), then 签发. */
  const republish = (id: number) => walkTo(ctx, crew, 'articles', id, 'published')
  const png = () =>
    sharp({ create: { width: 480, height: 360, channels: 3, background: '#357' } })
      .png()
      .toBuffer()
  const newImage = async (alt: string, data: Record<string, unknown> = {}) => {
    const buffer = await png()
    return ctx.payload.create({
      collection: 'media',
      data: { alt, ...data },
      file: { data: buffer, mimetype: 'image/png', name: `${alt}.png`, size: buffer.length },
    })
  }
  const newArticle = (title: string, cover: number, inBody: number) =>
    ctx.payload.create({ collection: 'articles', data: { title, body: bodyWithImage(inBody), coverImage: cover } })

  /** Whether an anonymous reader gets the image, by each door, as one answer (they must agree). */
  async function readerSees(mediaId: number, alt: string): Promise<boolean> {
    const { filename } = await ctx.payload.findByID({ collection: 'media', id: mediaId, depth: 0 })
    const [list, byId, served, graphql] = await Promise.all([
      ctx.rest.get(`/media?limit=100&where[alt][equals]=${encodeURIComponent(alt)}`),
      ctx.rest.get(`/media/${mediaId}`),
      ctx.rest.get(`/media/file/${encodeURIComponent(filename!)}`),
      ctx.rest.graphql(`{ Media(id: ${mediaId}) { alt } }`),
    ])
    const doors = [
      list.body.docs.length === 1,
      byId.status === 200,
      served.status === 200,
      graphql.body.data?.Media?.alt === alt,
    ]
    expect(new Set(doors).size, `the doors disagree about ${alt}: ${doors}`).toBe(1)
    if (!doors[0]) expect([byId.status, served.status]).toEqual([404, 404])
    return doors[0]
  }

  it('the images of a draft story are private; publishing shows them, taking it down hides them again', async () => {
    const cover = await newImage('生命周期题图')
    const inBody = await newImage('生命周期插图')
    const article = await newArticle('生命周期', cover.id, inBody.id)
    expect(await readerSees(cover.id, '生命周期题图')).toBe(false)
    expect(await readerSees(inBody.id, '生命周期插图')).toBe(false)
    await republish(article.id)
    expect(await readerSees(cover.id, '生命周期题图')).toBe(true)
    expect(await readerSees(inBody.id, '生命周期插图')).toBe(true)
    await take(article.id, 'unpublish')
    expect(await readerSees(cover.id, '生命周期题图')).toBe(false)
    expect(await readerSees(inBody.id, '生命周期插图')).toBe(false)
    // Staff still see them.
    expect((await ctx.rest.get(`/media/${cover.id}`, tokens.editor)).status).toBe(200)
  })

  it('trashing a live story hides its images; restoring it shows them again', async () => {
    const cover = await newImage('回收站题图')
    const inBody = await newImage('回收站插图')
    const article = await newArticle('回收站', cover.id, inBody.id)
    await republish(article.id)
    expect(await readerSees(cover.id, '回收站题图')).toBe(true)
    const trashed = await ctx.rest.patch(
      `/articles/${article.id}`,
      { deletedAt: new Date().toISOString() },
      tokens.final_reviewer,
    )
    expect(trashed.status, JSON.stringify(trashed.body)).toBe(200)
    expect(await readerSees(cover.id, '回收站题图')).toBe(false)
    expect(await readerSees(inBody.id, '回收站插图')).toBe(false)
    const restored = await ctx.rest.patch(
      `/articles?trash=true&where[and][0][id][equals]=${article.id}&where[and][1][deletedAt][exists]=true`,
      { deletedAt: null, _status: 'published' },
      tokens.final_reviewer,
    )
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(await readerSees(cover.id, '回收站题图')).toBe(true)
    expect(await readerSees(inBody.id, '回收站插图')).toBe(true)
  })

  it('publishing an edit that swaps the cover shows the new one and hides the old one', async () => {
    const oldCover = await newImage('旧题图')
    const newCover = await newImage('新题图')
    const inBody = await newImage('换图插图')
    const article = await newArticle('换题图', oldCover.id, inBody.id)
    await republish(article.id)
    const edit = await ctx.rest.patch(`/articles/${article.id}?draft=true`, { coverImage: newCover.id }, tokens.editor)
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    // The edit is not published yet.
    expect(await readerSees(oldCover.id, '旧题图')).toBe(true)
    expect(await readerSees(newCover.id, '新题图')).toBe(false)
    await republish(article.id)
    expect(await readerSees(oldCover.id, '旧题图')).toBe(false)
    expect(await readerSees(newCover.id, '新题图')).toBe(true)
    expect(await readerSees(inBody.id, '换图插图')).toBe(true)
  })

  it('an image two live stories show stays public while either still shows it', async () => {
    const shared = await newImage('共用题图')
    const first = await newArticle('共用一', shared.id, shared.id)
    const second = await newArticle('共用二', shared.id, shared.id)
    await republish(first.id)
    await republish(second.id)
    await take(first.id, 'unpublish')
    expect(await readerSees(shared.id, '共用题图')).toBe(true)
    await take(second.id, 'unpublish')
    expect(await readerSees(shared.id, '共用题图')).toBe(false)
  })

  it('stays right when one story sharing it is published while the other is taken down, at the same moment', async () => {
    const shared = await newImage('同时题图')
    const [a, b] = [await newArticle('同时甲', shared.id, shared.id), await newArticle('同时乙', shared.id, shared.id)]
    await walkTo(ctx, crew, 'articles', a.id, 'approved')
    await republish(b.id)
    // a goes live as b goes down: the image must end up public (a shows it).
    await Promise.all([take(a.id, 'publish'), take(b.id, 'unpublish')])
    expect(await readerSees(shared.id, '同时题图')).toBe(true)
    // And the other way round: a goes down as b goes live again.
    await walkTo(ctx, crew, 'articles', b.id, 'approved')
    await Promise.all([take(a.id, 'unpublish'), take(b.id, 'publish')])
    expect(await readerSees(shared.id, '同时题图')).toBe(true)
    await take(b.id, 'unpublish')
    expect(await readerSees(shared.id, '同时题图')).toBe(false)
  })

  it('an image an editor marks public is public without any story; unticked, it is private again', async () => {
    const image = await newImage('公开图片', { public: true })
    expect(await readerSees(image.id, '公开图片')).toBe(true)
    const unticked = await ctx.rest.patch(`/media/${image.id}`, { public: false }, tokens.editor)
    expect(unticked.status).toBe(200)
    expect(await readerSees(image.id, '公开图片')).toBe(false)
  })

  it('nobody makes an image public by sending "used by published content" themselves', async () => {
    const image = await newImage('伪造标记')
    const forged = await ctx.rest.patch(
      `/media/${image.id}`,
      { usedByPublished: true, caption: '新说明' },
      tokens.editor,
    )
    expect(forged.status).toBe(200)
    expect(forged.body.doc.caption).toBe('新说明')
    expect(await readerSees(image.id, '伪造标记')).toBe(false)
    const [row] = await ctx.db.query<{ used: boolean }>('SELECT used_by_published AS used FROM media WHERE id = $1', [
      image.id,
    ])
    expect(row.used).toBe(false)
  })
})
