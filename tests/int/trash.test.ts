/**
 * The recycle bin (回收站) through the doors people use: REST with real logins, bulk writes,
 * GraphQL and the Local API with a user. After every refused attempt the database is read back
 * and must be exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { WORKFLOW_QUEUE } from '../../src/workflow/payload/publishScheduledTask'
import { fingerprint } from '../security/helpers/fingerprint'
import type { RestResponse } from './helpers/restClient'
import { inAnHour, letScheduledTimeCome } from './helpers/scheduledTime'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser } from './helpers/users'
import { REVIEWER, useOneStageWorkflows } from './helpers/workflows'

let ctx: TestContext
let editor: string
let reviewer: string
let admin: string
let reviewerUser: User

beforeAll(async () => {
  ctx = await startTestPayload()
  // One gate: one reviewer approves and publishes (the stages are not what this file is about).
  await useOneStageWorkflows(ctx.payload)
  const login = async (roles: User['roles']) => {
    const { user, email, password } = await createUser(ctx.payload, roles)
    return { user, token: await ctx.rest.login(email, password) }
  }
  const accounts = await Promise.all([login(['editor']), login(REVIEWER), login(['admin'])])
  ;[editor, reviewer, admin] = accounts.map((account) => account.token)
  reviewerUser = accounts[1].user
})
afterAll(() => ctx?.close())

type Collection = 'articles' | 'projects' | 'honors'

const body = (text: string) => buildLexicalDocument([{ type: 'paragraph', text }])

const NEW: Record<Collection, (title: string) => Record<string, unknown>> = {
  articles: (title) => ({ title, body: body('初稿。') }),
  projects: (title) => ({ name: title, categories: ['education'] }),
  honors: (title) => ({ title, level: 'county', awardedBy: '昂仁县委' }),
}

async function create(collection: Collection, token: string, title: string): Promise<number> {
  const response = await ctx.rest.post(`/${collection}?draft=true`, NEW[collection](title), token)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id
}

const act = (collection: Collection, id: number, token: string, action: string, extra = {}) =>
  ctx.rest.post(`/${collection}/${id}/workflow`, { action, ...extra }, token)

async function take(collection: Collection, id: number, steps: [string, string][]) {
  for (const [token, action] of steps) {
    const response = await act(collection, id, token, action)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  }
}

const approve = (collection: Collection, id: number) =>
  take(collection, id, [
    [editor, 'submit'],
    [reviewer, 'approve'],
  ])

async function publish(collection: Collection, id: number) {
  await approve(collection, id)
  await take(collection, id, [[reviewer, 'publish']])
}

/** Moves into the trash as the admin's delete button does: PATCH with deletedAt. */
const trash = (collection: Collection, id: number, token: string) =>
  ctx.rest.patch(`/${collection}/${id}`, { deletedAt: new Date().toISOString() }, token)

/** Restores as the admin's restore button does: a bulk PATCH on the trash, with the dialog's `_status`. */
const restoreAsAdminDoes = (collection: Collection, id: number, token: string, status: 'draft' | 'published') =>
  ctx.rest.patch(
    `/${collection}?trash=true&where[and][0][id][equals]=${id}&where[and][1][deletedAt][exists]=true`,
    { deletedAt: null, _status: status },
    token,
  )

/** Restores over REST by id, saying nothing about publication. */
const restore = (collection: Collection, id: number, token: string) =>
  ctx.rest.patch(`/${collection}/${id}?trash=true`, { deletedAt: null }, token)

const table = (collection: Collection) => collection
const titleColumn = (collection: Collection) => (collection === 'projects' ? 'name' : 'title')

/** The live row, the version ids and the latest version, as stored. */
async function stored(collection: Collection, id: number) {
  const title = titleColumn(collection)
  const [row] = await ctx.db.query<{ title: string; _status: string; state: string; deleted_at: Date | null }>(
    `SELECT ${title} AS title, _status, workflow_status AS state, deleted_at FROM ${table(collection)} WHERE id = $1`,
    [id],
  )
  const versions = await ctx.db.query<{ id: number }>(
    `SELECT id FROM _${table(collection)}_v WHERE parent_id = $1 ORDER BY id`,
    [id],
  )
  const [latest] = await ctx.db.query<{ title: string; state: string; deleted_at: Date | null }>(
    `SELECT version_${title} AS title, version_workflow_status AS state, version_deleted_at AS deleted_at
       FROM _${table(collection)}_v WHERE parent_id = $1 AND latest ORDER BY id DESC LIMIT 1`,
    [id],
  )
  return { row, versions: versions.map((v) => v.id), latest }
}

const logOf = async (collection: Collection, id: number) =>
  (
    await ctx.db.query<{ action: string; from: string; to: string; actor_name: string }>(
      'SELECT action, "from", "to", actor_name FROM reviews WHERE document_collection = $1 AND document_id = $2 ORDER BY id',
      [collection, id],
    )
  ).map((entry) => `${entry.action}:${entry.from}->${entry.to}`)

/** A refusal with a message, and not one row changed anywhere. */
async function refusedAndUnchanged(attempt: () => Promise<RestResponse>, status?: number) {
  const before = await fingerprint(ctx.db)
  const response = await attempt()
  const graphqlError = response.status === 200 && response.body?.errors?.length > 0
  if (!graphqlError) {
    if (status) expect(response.status, JSON.stringify(response.body)).toBe(status)
    else expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  }
  expect(response.body.errors?.[0]?.message?.length ?? 0).toBeGreaterThan(0)
  expect(await fingerprint(ctx.db)).toEqual(before)
  return response
}

const publicTitles = async (path = '/articles?limit=100') =>
  ((await ctx.rest.get(path)).body.docs as { title?: string; name?: string }[]).map((d) => d.title ?? d.name)

describe('who may move what into the trash', () => {
  it('an editor trashes a draft that never ran, and gets it back with its versions and log', async () => {
    const id = await create('articles', editor, '编辑丢弃的草稿')
    const edit = await ctx.rest.patch(`/articles/${id}?draft=true`, { title: '编辑丢弃的草稿（二稿）' }, editor)
    expect(edit.status).toBe(200)
    const before = await stored('articles', id)

    const trashed = await trash('articles', id, editor)
    expect(trashed.status, JSON.stringify(trashed.body)).toBe(200)
    const inTrash = await stored('articles', id)
    expect(inTrash.row.deleted_at).not.toBeNull()
    expect(inTrash.latest).toMatchObject({ title: '编辑丢弃的草稿（二稿）', state: 'draft' })
    expect(inTrash.versions).toEqual(expect.arrayContaining(before.versions))
    // Gone from every normal read, staff included; listed in the trash.
    expect((await ctx.rest.get(`/articles/${id}?draft=true`, editor)).status).toBe(404)
    const bin = await ctx.rest.get('/articles?trash=true&draft=true&where[deletedAt][exists]=true&limit=100', editor)
    expect(bin.body.docs.map((d: { id: number }) => d.id)).toContain(id)
    const inBin = await ctx.rest.get(`/articles/${id}?draft=true&trash=true`, editor)
    expect(inBin.status).toBe(200)
    expect(inBin.body).toMatchObject({ title: '编辑丢弃的草稿（二稿）', workflowStatus: 'draft' })
    expect(inBin.body.deletedAt).toBeTruthy()

    const restored = await restoreAsAdminDoes('articles', id, editor, 'draft')
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    const after = await stored('articles', id)
    expect(after.row.deleted_at).toBeNull()
    expect(after.row._status).toBe('draft')
    expect(after.latest).toMatchObject({ title: '编辑丢弃的草稿（二稿）', state: 'draft', deleted_at: null })
    expect(after.versions).toEqual(expect.arrayContaining(before.versions))
    const read = await ctx.rest.get(`/articles/${id}?draft=true`, editor)
    expect(read.status).toBe(200)
    expect(read.body.title).toBe('编辑丢弃的草稿（二稿）')
    expect(await logOf('articles', id)).toEqual(['trash:draft->draft', 'restore:draft->draft'])
  })

  it('an editor trashes drafts in review and sent back; projects and honors alike', async () => {
    const inReview = await create('projects', editor, '送审中的项目')
    await take('projects', inReview, [[editor, 'submit']])
    expect((await trash('projects', inReview, editor)).status).toBe(200)
    const sentBack = await create('honors', editor, '退回修改的荣誉')
    await take('honors', sentBack, [[editor, 'submit']])
    const sendBack = await act('honors', sentBack, reviewer, 'request_changes', { comment: '请核实授予单位' })
    expect(sendBack.status).toBe(200)
    expect((await trash('honors', sentBack, editor)).status).toBe(200)
    expect(await logOf('projects', inReview)).toEqual(['submit:draft->in_review', 'trash:in_review->in_review'])
    expect((await logOf('honors', sentBack)).at(-1)).toBe('trash:changes_requested->changes_requested')
  })

  it('an editor may not trash what a reviewer released or readers saw, by any door; nothing changes', async () => {
    const approved = await create('articles', editor, '已通过未发布')
    await approve('articles', approved)
    const live = await create('articles', editor, '线上稿件')
    await publish('articles', live)
    const pending = await create('articles', editor, '线上稿件带修改')
    await publish('articles', pending)
    await ctx.rest.patch(`/articles/${pending}?draft=true`, { title: '尚未审核的修改' }, editor)
    const takenDown = await create('articles', editor, '已撤下')
    await publish('articles', takenDown)
    expect((await act('articles', takenDown, reviewer, 'unpublish', { comment: '核实中' })).status).toBe(200)

    for (const id of [approved, live, pending, takenDown]) {
      const refused = await refusedAndUnchanged(() => trash('articles', id, editor), 403)
      expect(refused.body.errors[0].message).toMatch(/审稿人或管理员.* \/ .*reviewers and administrators/)
      await refusedAndUnchanged(() =>
        ctx.rest.patch(`/articles?where[id][equals]=${id}`, { deletedAt: new Date().toISOString() }, editor),
      )
      await refusedAndUnchanged(() =>
        ctx.rest.patch(`/articles/${id}?draft=true`, { deletedAt: new Date().toISOString() }, editor),
      )
      await refusedAndUnchanged(() =>
        ctx.rest.graphql(
          `mutation { updateArticle(id: ${id}, data: { deletedAt: "2026-01-01T00:00:00.000Z" }) { id } }`,
          editor,
        ),
      )
    }
    expect(await publicTitles()).toEqual(expect.arrayContaining(['线上稿件', '线上稿件带修改']))
  })

  it('GraphQL is a door like any other: a reviewer trashes and restores through it', async () => {
    const id = await create('honors', editor, '经由 GraphQL 的荣誉')
    await publish('honors', id)
    const trashed = await ctx.rest.graphql(
      `mutation { updateHonor(id: ${id}, data: { deletedAt: "2026-01-01T00:00:00.000Z" }) { id } }`,
      reviewer,
    )
    expect(trashed.body.errors, JSON.stringify(trashed.body)).toBeUndefined()
    expect((await stored('honors', id)).row.deleted_at).not.toBeNull()
    const restored = await ctx.rest.graphql(
      `mutation { updateHonor(id: ${id}, trash: true, data: { deletedAt: null }) { id } }`,
      reviewer,
    )
    expect(restored.body.errors, JSON.stringify(restored.body)).toBeUndefined()
    expect((await stored('honors', id)).row).toMatchObject({ _status: 'published', deleted_at: null })
    expect((await logOf('honors', id)).slice(-2)).toEqual([
      'trash:published->published',
      'restore:published->published',
    ])
  })

  it('readers and the Local API with a user are held to the same rule', async () => {
    const live = await create('articles', editor, '本地接口也不行')
    await publish('articles', live)
    await refusedAndUnchanged(() => trash('articles', live, ''), 403)
    const { user: editorUser } = await createUser(ctx.payload, ['editor'])
    const before = await fingerprint(ctx.db)
    await expect(
      ctx.payload.update({
        collection: 'articles',
        id: live,
        data: { deletedAt: new Date().toISOString() },
        user: editorUser,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await fingerprint(ctx.db)).toEqual(before)
  })
})

describe('a published document in the trash', () => {
  it('disappears for readers everywhere, keeps its state, and comes back live only when a reviewer restores it', async () => {
    const id = await create('articles', editor, '见报后移入回收站')
    await publish('articles', id)
    const before = await stored('articles', id)
    expect(await publicTitles()).toContain('见报后移入回收站')

    expect((await trash('articles', id, reviewer)).status).toBe(200)
    const inTrash = await stored('articles', id)
    expect(inTrash.row).toMatchObject({ title: '见报后移入回收站', _status: 'published', state: 'published' })
    expect(inTrash.row.deleted_at).not.toBeNull()

    // REST: the list, by id, as a draft, asking for the trash.
    expect(await publicTitles()).not.toContain('见报后移入回收站')
    expect(await publicTitles('/articles?limit=100&trash=true')).not.toContain('见报后移入回收站')
    expect(await publicTitles('/articles?limit=100&draft=true&trash=true')).not.toContain('见报后移入回收站')
    for (const query of ['', '?draft=true', '?trash=true', '?trash=true&draft=true']) {
      expect((await ctx.rest.get(`/articles/${id}${query}`)).status, query).toBe(404)
    }
    expect((await ctx.rest.get(`/articles/versions?where[parent][equals]=${id}`)).status).toBeGreaterThanOrEqual(400)
    // GraphQL.
    for (const args of ['', '(trash: true)', '(draft: true, trash: true)']) {
      const list = await ctx.rest.graphql(`{ Articles${args} { docs { title } } }`)
      expect(JSON.stringify(list.body), args).not.toContain('见报后移入回收站')
    }
    for (const args of ['', ', trash: true', ', draft: true, trash: true']) {
      const one = await ctx.rest.graphql(`{ Article(id: ${id}${args}) { title } }`)
      expect(JSON.stringify(one.body), args).not.toContain('见报后移入回收站')
    }

    // Restoring puts it back online: not for an editor, and not by a dialog that says "as a draft".
    await refusedAndUnchanged(() => restoreAsAdminDoes('articles', id, editor, 'published'))
    await refusedAndUnchanged(() => restore('articles', id, editor), 403)
    const asDraft = await refusedAndUnchanged(
      () => ctx.rest.patch(`/articles/${id}?trash=true`, { deletedAt: null, _status: 'draft' }, reviewer),
      409,
    )
    expect(asDraft.body.errors[0].message).toMatch(/恢复为已发布版本/)

    const restored = await restoreAsAdminDoes('articles', id, reviewer, 'published')
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    const after = await stored('articles', id)
    expect(after.row).toMatchObject({
      title: '见报后移入回收站',
      _status: 'published',
      state: 'published',
      deleted_at: null,
    })
    expect(after.versions).toEqual(expect.arrayContaining(before.versions))
    expect(await publicTitles()).toContain('见报后移入回收站')
    expect((await ctx.rest.get(`/articles/${id}`)).body.title).toBe('见报后移入回收站')
    expect(await logOf('articles', id)).toEqual([
      'submit:draft->in_review',
      'approve:in_review->approved',
      'publish:approved->published',
      'trash:published->published',
      'restore:published->published',
    ])
  })

  it('keeps the live text and the pending edit apart: neither is lost or published by the round trip', async () => {
    const id = await create('articles', editor, '线上的标题')
    await publish('articles', id)
    expect((await ctx.rest.patch(`/articles/${id}?draft=true`, { title: '待审的新标题' }, editor)).status).toBe(200)

    expect((await trash('articles', id, reviewer)).status).toBe(200)
    const inTrash = await stored('articles', id)
    expect(inTrash.row).toMatchObject({ title: '线上的标题', _status: 'published' })
    expect(inTrash.latest).toMatchObject({ title: '待审的新标题' })
    expect((await logOf('articles', id)).at(-1)).toBe('trash:published->published')

    expect((await restore('articles', id, admin)).status).toBe(200)
    const after = await stored('articles', id)
    expect(after.row).toMatchObject({ title: '线上的标题', _status: 'published', deleted_at: null })
    expect(after.latest).toMatchObject({ title: '待审的新标题', state: 'draft', deleted_at: null })
    expect((await ctx.rest.get(`/articles/${id}`)).body.title).toBe('线上的标题')
    expect((await ctx.rest.get(`/articles/${id}?draft=true`, editor)).body.title).toBe('待审的新标题')
  })

  it('a published article no longer shows a related project or honor that was trashed', async () => {
    const project = await create('projects', editor, '移入回收站的项目')
    await publish('projects', project)
    const honor = await create('honors', editor, '移入回收站的荣誉')
    await publish('honors', honor)
    const article = await create('articles', editor, '关联项目的稿件')
    const related = { relatedProjects: [project], relatedHonors: [honor] }
    expect((await ctx.rest.patch(`/articles/${article}?draft=true`, related, editor)).status).toBe(200)
    await publish('articles', article)
    const shown = await ctx.rest.get(`/articles/${article}?depth=1`)
    expect(JSON.stringify(shown.body.relatedProjects)).toContain('移入回收站的项目')

    expect((await trash('projects', project, reviewer)).status).toBe(200)
    expect((await trash('honors', honor, reviewer)).status).toBe(200)
    for (const query of ['?depth=1', '?depth=1&draft=true', '?depth=1&trash=true']) {
      const read = await ctx.rest.get(`/articles/${article}${query}`)
      expect(read.status, query).toBe(200)
      expect(JSON.stringify(read.body), query).not.toMatch(/移入回收站的(项目|荣誉)/)
    }
    const graphql = await ctx.rest.graphql(
      `{ Article(id: ${article}) { title relatedProjects { name } relatedHonors { title } } }`,
    )
    expect(graphql.body.data.Article.title).toBe('关联项目的稿件')
    expect(JSON.stringify(graphql.body)).not.toMatch(/移入回收站的(项目|荣誉)/)
    expect(await publicTitles('/projects?limit=100&trash=true')).not.toContain('移入回收站的项目')
    expect(await publicTitles('/honors?limit=100&trash=true')).not.toContain('移入回收站的荣誉')
  })
})

describe('a scheduled document in the trash', () => {
  it('is not published when its time comes; restored, it keeps its schedule', async () => {
    const id = await create('articles', editor, '定时发布后移入回收站')
    await approve('articles', id)
    expect((await act('articles', id, reviewer, 'publish', { publishAt: inAnHour() })).status).toBe(200)
    await refusedAndUnchanged(() => trash('articles', id, editor), 403)
    expect((await trash('articles', id, reviewer)).status).toBe(200)

    await letScheduledTimeCome(ctx, 'articles', id)
    const runScheduler = async () => {
      await ctx.payload.jobs.queue({ task: 'publishScheduled', input: {}, queue: WORKFLOW_QUEUE })
      await ctx.payload.jobs.run({ queue: WORKFLOW_QUEUE })
    }
    await runScheduler()
    expect((await stored('articles', id)).row).toMatchObject({ _status: 'draft' })
    expect(await publicTitles()).not.toContain('定时发布后移入回收站')

    expect((await restore('articles', id, reviewer)).status).toBe(200)
    expect((await stored('articles', id)).latest).toMatchObject({ state: 'scheduled' })
    await runScheduler()
    expect(await publicTitles()).toContain('定时发布后移入回收站')
    expect(await logOf('articles', id)).toEqual([
      'submit:draft->in_review',
      'approve:in_review->approved',
      'publish:approved->scheduled',
      'trash:scheduled->scheduled',
      'restore:scheduled->scheduled',
      'publish:scheduled->published',
    ])
  })
})

describe('only administrators delete permanently, and only from the trash', () => {
  it('refuses everyone else by every door, and leaves the document where it was', async () => {
    const id = await create('articles', editor, '回收站里的稿件')
    expect((await trash('articles', id, editor)).status).toBe(200)

    for (const token of [editor, reviewer]) {
      const refused = await refusedAndUnchanged(() => ctx.rest.delete(`/articles/${id}?trash=true`, token), 403)
      expect(refused.body.errors[0].message).toMatch(/只有管理员.* \/ .*Only administrators/)
      await refusedAndUnchanged(() => ctx.rest.delete(`/articles/${id}`, token), 403)
      await refusedAndUnchanged(() => ctx.rest.delete(`/articles?trash=true&where[id][equals]=${id}`, token), 403)
      await refusedAndUnchanged(() => ctx.rest.delete('/articles?trash=true&where[deletedAt][exists]=true', token), 403)
      await refusedAndUnchanged(() =>
        ctx.rest.graphql(`mutation { deleteArticle(id: ${id}, trash: true) { id } }`, token),
      )
    }
    await refusedAndUnchanged(() => ctx.rest.delete(`/articles/${id}?trash=true`))
    const before = await fingerprint(ctx.db)
    await expect(
      ctx.payload.delete({ collection: 'articles', id, trash: true, user: reviewerUser, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await fingerprint(ctx.db)).toEqual(before)
    expect((await stored('articles', id)).row).toBeDefined()
  })

  it('an administrator cannot skip the trash', async () => {
    const id = await create('articles', editor, '不能跳过回收站')
    await publish('articles', id)
    const refused = await refusedAndUnchanged(() => ctx.rest.delete(`/articles/${id}`, admin), 409)
    expect(refused.body.errors[0].message).toMatch(/请先移入回收站.* \/ .*move it to the trash first/)
    await refusedAndUnchanged(() => ctx.rest.delete(`/articles/${id}?trash=true`, admin), 409)
    await refusedAndUnchanged(() => ctx.rest.delete(`/articles?where[id][equals]=${id}`, admin), 409)
    await refusedAndUnchanged(() => ctx.rest.graphql(`mutation { deleteArticle(id: ${id}) { id } }`, admin))
    expect(await publicTitles()).toContain('不能跳过回收站')
  })

  it('an administrator deletes from the trash and empties it; the log keeps the story', async () => {
    const one = await create('articles', editor, '永久删除一')
    await publish('articles', one)
    const two = await create('articles', editor, '永久删除二')
    expect((await trash('articles', one, reviewer)).status).toBe(200)
    expect((await trash('articles', two, editor)).status).toBe(200)

    const deleted = await ctx.rest.delete(`/articles/${one}?trash=true`, admin)
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect(await ctx.db.query('SELECT id FROM articles WHERE id = $1', [one])).toEqual([])
    expect(await ctx.db.query('SELECT id FROM _articles_v WHERE parent_id = $1', [one])).toEqual([])
    expect(await logOf('articles', one)).toEqual([
      'submit:draft->in_review',
      'approve:in_review->approved',
      'publish:approved->published',
      'trash:published->published',
      'delete:published->published',
    ])

    const emptied = await ctx.rest.delete('/articles?trash=true&where[deletedAt][exists]=true', admin)
    expect(emptied.status, JSON.stringify(emptied.body)).toBe(200)
    expect(await ctx.db.query('SELECT id FROM articles WHERE deleted_at IS NOT NULL')).toEqual([])
    expect(await logOf('articles', two)).toEqual(['trash:draft->draft', 'delete:draft->draft'])
    const [entry] = await ctx.db.query<{ actor_name: string; actor_id: number }>(
      `SELECT actor_name, actor_id FROM reviews WHERE document_id = $1 AND action = 'delete'`,
      [two],
    )
    expect(entry.actor_id).not.toBeNull()
  })
})

describe('a move changes the trash and nothing else', () => {
  it('refuses content changed along with a move, moves that change nothing, and trashed documents being edited', async () => {
    const id = await create('articles', editor, '只移不改')
    await refusedAndUnchanged(
      () => ctx.rest.patch(`/articles/${id}`, { deletedAt: new Date().toISOString(), title: '顺手改了' }, editor),
      400,
    )
    await refusedAndUnchanged(() => restore('articles', id, editor), 409)
    await refusedAndUnchanged(
      () =>
        ctx.rest.post(
          '/articles?draft=true',
          { ...NEW.articles('生来就在回收站'), deletedAt: new Date().toISOString() },
          editor,
        ),
      400,
    )

    expect((await trash('articles', id, editor)).status).toBe(200)
    await refusedAndUnchanged(
      () => ctx.rest.patch(`/articles/${id}?trash=true`, { deletedAt: new Date().toISOString() }, editor),
      409,
    )
    const edit = { title: '回收站里修改' }
    await refusedAndUnchanged(() => ctx.rest.patch(`/articles/${id}?trash=true&draft=true`, edit, editor), 409)
    await refusedAndUnchanged(() => ctx.rest.patch(`/articles/${id}?draft=true`, edit, editor), 404)
    await refusedAndUnchanged(() => act('articles', id, editor, 'submit'), 404)
    await refusedAndUnchanged(
      () => ctx.rest.patch(`/articles/${id}?trash=true`, { deletedAt: null, title: '恢复时修改' }, editor),
      400,
    )
  })

  it('stamps the server time, not the one sent', async () => {
    const id = await create('articles', editor, '时间由服务器定')
    const sent = '2001-01-01T00:00:00.000Z'
    const started = Date.now()
    expect((await ctx.rest.patch(`/articles/${id}`, { deletedAt: sent }, editor)).status).toBe(200)
    const { row } = await stored('articles', id)
    expect(new Date(row.deleted_at!).getTime()).toBeGreaterThanOrEqual(started - 1000)
  })

  it('restoring an old version never brings the trash mark back with it', async () => {
    const id = await create('articles', editor, '旧版本不带回收站标记')
    expect((await trash('articles', id, editor)).status).toBe(200)
    const [snapshot] = await ctx.db.query<{ id: number }>(
      'SELECT id FROM _articles_v WHERE parent_id = $1 AND version_deleted_at IS NOT NULL',
      [id],
    )
    const whileTrashed = await ctx.rest.post(`/articles/versions/${snapshot.id}?draft=true`, {}, editor)
    expect(whileTrashed.status).toBeGreaterThanOrEqual(400)
    expect((await restore('articles', id, editor)).status).toBe(200)

    const restoredVersion = await ctx.rest.post(`/articles/versions/${snapshot.id}?draft=true`, {}, editor)
    expect(restoredVersion.status, JSON.stringify(restoredVersion.body)).toBe(200)
    const after = await stored('articles', id)
    expect(after.row.deleted_at).toBeNull()
    expect(after.latest.deleted_at).toBeNull()
    expect((await ctx.rest.get(`/articles/${id}?draft=true`, editor)).status).toBe(200)
  })
})
