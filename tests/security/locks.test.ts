import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import type { RestResponse } from '../int/helpers/restClient'
import { startTestPayload, type TestContext } from '../int/helpers/testPayload'
import { createUser, TEST_PASSWORD } from '../int/helpers/users'
import { expectCleanBody } from './helpers/fingerprint'

/**
 * Document locks and user preferences cannot be written in someone else's name (issue #10, item 4).
 * Payload's lock collection lets any logged-in user create, move and delete any lock; a forged lock
 * makes a colleague's save answer 423 or shows the wrong person as the one editing. Each refused
 * attempt is read back from the database: nothing changed.
 */
let ctx: TestContext
type Who = 'editor' | 'otherEditor' | 'reviewer' | 'admin'
const who: Record<Who, { id: number; token: string }> = {} as never
const LOCKS = '/payload-locked-documents'
const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])

beforeAll(async () => {
  ctx = await startTestPayload()
  for (const [name, roles] of [
    ['editor', ['editor']],
    ['otherEditor', ['editor']],
    // What the one-gate reviewer became: every stage role.
    ['reviewer', ['first_reviewer', 'second_reviewer', 'final_reviewer']],
    ['admin', ['admin']],
  ] as const) {
    const account = await createUser(ctx.payload, [...roles])
    who[name] = { id: account.user.id, token: await ctx.rest.login(account.email, TEST_PASSWORD) }
  }
})
afterAll(() => ctx?.close())

let articles = 0
async function article(): Promise<number> {
  articles += 1
  const created = await ctx.rest.post('/articles?draft=true', { title: `锁〔${articles}〕`, body }, who.editor.token)
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id
}

/** A lock written as the admin writes it when someone opens a document (handleFormStateLocking: the adapter). */
async function lockHeldBy(holder: Who, articleId: number): Promise<number> {
  const lock = await ctx.payload.db.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'articles', value: articleId },
      user: { relationTo: 'users', value: who[holder].id },
    },
  })
  return lock.id as number
}

const lockRows = () =>
  ctx.db.query(
    `SELECT l.id, l.global_slug, l.created_at, l.updated_at, r.path, r.users_id, r.articles_id, r.projects_id
       FROM payload_locked_documents l LEFT JOIN payload_locked_documents_rels r ON r.parent_id = l.id
      ORDER BY l.id, r.path, r.id`,
  )
const preferenceRows = () =>
  ctx.db.query(
    `SELECT p.id, p.key, p.value::text, p.updated_at, r.users_id
       FROM payload_preferences p LEFT JOIN payload_preferences_rels r ON r.parent_id = p.id
      ORDER BY p.id, r.id`,
  )
const holderOf = async (lockId: number) =>
  (
    await ctx.db.query<{ users_id: number }>(
      `SELECT users_id FROM payload_locked_documents_rels WHERE parent_id = $1 AND path = 'user'`,
      [lockId],
    )
  ).map((row) => row.users_id)

/** The attempt is refused with a 4xx in [statuses] and a message, and no lock or preference changed. */
async function expectRefusedAndUnchanged(statuses: number[], attempt: () => Promise<RestResponse>) {
  const before = { locks: await lockRows(), preferences: await preferenceRows() }
  const response = await attempt()
  const text = expectCleanBody(response.body)
  expect(statuses, `${response.status} ${text}`).toContain(response.status)
  expect(response.body.errors?.[0]?.message?.length, text).toBeGreaterThan(0)
  expect({ locks: await lockRows(), preferences: await preferenceRows() }).toEqual(before)
  return response
}

const lockOn = (articleId: number, holder?: number) => ({
  document: { relationTo: 'articles', value: articleId },
  ...(holder === undefined ? {} : { user: { relationTo: 'users', value: holder } }),
})

describe('the collections are hardened in the config Payload runs', () => {
  it('has the lock hooks in the sanitized hook lists', () => {
    const locks = ctx.payload.collections['payload-locked-documents'].config
    expect(locks.hooks.beforeChange.map((hook) => hook.name)).toContain('guardLockWrites')
    expect(locks.hooks.beforeDelete.map((hook) => hook.name)).toContain('releaseOwnLocksOnly')
  })
})

describe('reading locks', () => {
  it('lets any staff member see who holds a lock, as the admin does before it unlocks or takes over', async () => {
    const id = await article()
    const lock = await lockHeldBy('reviewer', id)
    const response = await ctx.rest.get(
      `${LOCKS}?where[document.relationTo][equals]=articles&where[document.value][equals]=${id}&depth=0`,
      who.editor.token,
    )
    expect(response.status).toBe(200)
    expect(response.body.docs).toHaveLength(1)
    // The holder by name and login, although an editor may not read the reviewer's account.
    const [reviewer] = await ctx.db.query<{ name: string; email: string }>(
      'SELECT name, email FROM users WHERE id = $1',
      [who.reviewer.id],
    )
    expect(response.body.docs[0]).toMatchObject({ id: lock, user: { relationTo: 'users' } })
    expect(response.body.docs[0].user.value).toEqual({ id: who.reviewer.id, ...reviewer })
    expect((await ctx.rest.get(`/users/${who.reviewer.id}`, who.editor.token)).status).toBe(404)
  })

  it('refuses anonymous reads of locks', async () => {
    const lock = await lockHeldBy('reviewer', await article())
    for (const path of [LOCKS, `${LOCKS}/${lock}`]) {
      const response = await ctx.rest.get(path)
      expect(response.status, path).toBe(403)
      expect(JSON.stringify(response.body)).not.toContain(String(who.reviewer.id) + ',')
      expect(response.body.docs).toBeUndefined()
    }
  })
})

describe('creating a lock', () => {
  it('refuses a lock in a reviewer’s name', async () => {
    const id = await article()
    await expectRefusedAndUnchanged([403], () => ctx.rest.post(LOCKS, lockOn(id, who.reviewer.id), who.editor.token))
  })

  it('refuses a lock in another’s name through GraphQL too', async () => {
    const id = await article()
    const before = await lockRows()
    const response = await ctx.rest.graphql(
      `mutation { createPayloadLockedDocument(data: {
         document: { relationTo: articles, value: ${id} }, user: { relationTo: users, value: ${who.reviewer.id} }
       }) { id } }`,
      who.editor.token,
    )
    expect(response.body.errors?.[0]?.extensions?.statusCode ?? response.status).toBe(403)
    expect(await lockRows()).toEqual(before)
  })

  it('writes a lock that names nobody, or the writer, in the writer’s name', async () => {
    for (const holder of [undefined, who.editor.id]) {
      const response = await ctx.rest.post(LOCKS, lockOn(await article(), holder), who.editor.token)
      expect(response.status, JSON.stringify(response.body)).toBe(201)
      expect(await holderOf(response.body.doc.id)).toEqual([who.editor.id])
    }
  })

  it('ignores a sent timestamp, so a lock cannot be made to never expire', async () => {
    const response = await ctx.rest.post(
      LOCKS,
      {
        ...lockOn(await article(), who.editor.id),
        createdAt: '2999-01-01T00:00:00.000Z',
        updatedAt: '2999-01-01T00:00:00.000Z',
      },
      who.editor.token,
    )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const [row] = await ctx.db.query<{ age: number }>(
      'SELECT abs(extract(epoch FROM now() - updated_at)) AS age FROM payload_locked_documents WHERE id = $1',
      [response.body.doc.id],
    )
    expect(Number(row.age)).toBeLessThan(60)
  })

  it('refuses a lock on a document the writer cannot see (an administrator’s account)', async () => {
    await expectRefusedAndUnchanged([404], () =>
      ctx.rest.post(LOCKS, { document: { relationTo: 'users', value: who.admin.id } }, who.editor.token),
    )
  })

  it('lets the server create a lock for the user it acts for (Local API with that user)', async () => {
    const id = await article()
    const lock = await ctx.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: who.reviewer.id } },
      user: await ctx.payload.findByID({ collection: 'users', id: who.reviewer.id }),
      overrideAccess: false,
    })
    expect(await holderOf(lock.id)).toEqual([who.reviewer.id])
  })
})

describe('changing a lock', () => {
  it('refuses to hand another’s lock to a third person', async () => {
    const lock = await lockHeldBy('reviewer', await article())
    await expectRefusedAndUnchanged([403], () =>
      ctx.rest.patch(
        `${LOCKS}/${lock}`,
        { user: { relationTo: 'users', value: who.otherEditor.id } },
        who.editor.token,
      ),
    )
  })

  it('refuses to hand one’s own lock to someone else', async () => {
    const lock = await lockHeldBy('editor', await article())
    await expectRefusedAndUnchanged([403], () =>
      ctx.rest.patch(`${LOCKS}/${lock}`, { user: { relationTo: 'users', value: who.reviewer.id } }, who.editor.token),
    )
  })

  it('refuses a bulk update that names someone else', async () => {
    const lock = await lockHeldBy('reviewer', await article())
    await expectRefusedAndUnchanged([400, 403], () =>
      ctx.rest.patch(
        `${LOCKS}?where[id][equals]=${lock}`,
        { user: { relationTo: 'users', value: who.otherEditor.id } },
        who.editor.token,
      ),
    )
  })

  it('refuses to move a lock to another document', async () => {
    const lock = await lockHeldBy('editor', await article())
    const elsewhere = await article()
    await expectRefusedAndUnchanged([403], () =>
      ctx.rest.patch(`${LOCKS}/${lock}`, { document: { relationTo: 'articles', value: elsewhere } }, who.editor.token),
    )
  })

  it('lets anyone take a lock over as themselves, as the admin’s take-over does', async () => {
    const lock = await lockHeldBy('reviewer', await article())
    await ctx.db.query(`UPDATE payload_locked_documents SET updated_at = now() - interval '1 minute' WHERE id = $1`, [
      lock,
    ])
    const response = await ctx.rest.patch(
      `${LOCKS}/${lock}`,
      { user: { relationTo: 'users', value: who.editor.id } },
      who.editor.token,
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(await holderOf(lock)).toEqual([who.editor.id])
    const [row] = await ctx.db.query<{ fresh: boolean }>(
      `SELECT updated_at > now() - interval '30 seconds' AS fresh FROM payload_locked_documents WHERE id = $1`,
      [lock],
    )
    expect(row.fresh).toBe(true)
  })

  it('refuses an update of another’s lock that does not name the writer; the holder may refresh their own', async () => {
    const lock = await lockHeldBy('reviewer', await article())
    // Payload fills an unsent `user` with the stored one: this would keep the reviewer's lock alive.
    await expectRefusedAndUnchanged([403], () => ctx.rest.patch(`${LOCKS}/${lock}`, {}, who.otherEditor.token))
    await ctx.db.query(`UPDATE payload_locked_documents SET updated_at = now() - interval '1 minute' WHERE id = $1`, [
      lock,
    ])
    const refreshed = await ctx.rest.patch(`${LOCKS}/${lock}`, {}, who.reviewer.token)
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200)
    const [row] = await ctx.db.query<{ fresh: boolean }>(
      `SELECT updated_at > now() - interval '30 seconds' AS fresh FROM payload_locked_documents WHERE id = $1`,
      [lock],
    )
    expect(row.fresh).toBe(true)
    expect(await holderOf(lock)).toEqual([who.reviewer.id])
  })
})

describe('releasing a lock', () => {
  it('refuses to delete another’s lock, for an editor and for an administrator', async () => {
    const lock = await lockHeldBy('reviewer', await article())
    for (const person of ['editor', 'admin'] as const) {
      await expectRefusedAndUnchanged([403], () => ctx.rest.delete(`${LOCKS}/${lock}`, who[person].token))
    }
    expect(await holderOf(lock)).toEqual([who.reviewer.id])
  })

  it('refuses a bulk delete of others’ locks', async () => {
    await lockHeldBy('reviewer', await article())
    const heldByOthers = async () => {
      const others = await ctx.db.query<{ parent_id: number }>(
        `SELECT parent_id FROM payload_locked_documents_rels WHERE path = 'user' AND users_id <> $1`,
        [who.editor.id],
      )
      const ids = new Set(others.map((row) => row.parent_id))
      return (await lockRows()).filter((row) => ids.has(row.id as number))
    }
    const before = await heldByOthers()
    expect(before.length).toBeGreaterThan(0)
    const response = await ctx.rest.delete(`${LOCKS}?where[id][exists]=true`, who.editor.token)
    expectCleanBody(response.body)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await heldByOthers()).toEqual(before)
  })

  it('refuses anonymous lock writes', async () => {
    const id = await article()
    const lock = await lockHeldBy('reviewer', id)
    await expectRefusedAndUnchanged([401, 403], () => ctx.rest.post(LOCKS, lockOn(id, who.reviewer.id)))
    await expectRefusedAndUnchanged([401, 403], () => ctx.rest.patch(`${LOCKS}/${lock}`, {}))
    await expectRefusedAndUnchanged([401, 403], () => ctx.rest.delete(`${LOCKS}/${lock}`))
  })

  it('lets the holder release their lock the way the admin does when they leave the document', async () => {
    const id = await article()
    const lock = await lockHeldBy('reviewer', id)
    const found = await ctx.rest.get(
      `${LOCKS}?where[document.relationTo][equals]=articles&where[document.value][equals]=${id}`,
      who.reviewer.token,
    )
    expect(found.body.docs[0].id).toBe(lock)
    const response = await ctx.rest.delete(`${LOCKS}/${lock}`, who.reviewer.token)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(await ctx.db.query('SELECT id FROM payload_locked_documents WHERE id = $1', [lock])).toEqual([])
  })
})

describe('a lock cannot be forged to block a reviewer’s save', () => {
  const save = (id: number) => ctx.rest.patch(`/articles/${id}?draft=true`, { title: `审改 ${id}` }, who.reviewer.token)

  it('a lock in a third person’s name is refused, so the reviewer’s save goes through', async () => {
    const id = await article()
    const forged = await ctx.rest.post(LOCKS, lockOn(id, who.otherEditor.id), who.editor.token)
    expect(forged.status).toBe(403)
    const saved = await save(id)
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const [row] = await ctx.db.query<{ version_title: string }>(
      'SELECT version_title FROM _articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
      [id],
    )
    expect(row.version_title).toBe(`审改 ${id}`)
  })

  it('a real lock says truthfully who is editing, and the reviewer can take it over and save', async () => {
    const id = await article()
    const taken = await ctx.rest.post(LOCKS, lockOn(id), who.editor.token)
    expect(await holderOf(taken.body.doc.id)).toEqual([who.editor.id])
    // The editor really holds it: the reviewer is told so (423) and nothing is saved.
    expect((await save(id)).status).toBe(423)
    const takeOver = await ctx.rest.patch(
      `${LOCKS}/${taken.body.doc.id}`,
      { user: { relationTo: 'users', value: who.reviewer.id } },
      who.reviewer.token,
    )
    expect(takeOver.status).toBe(200)
    expect((await save(id)).status).toBe(200)
  })
})

describe('preferences belong to their owner', () => {
  const KEY = 'collection-articles'
  let editorPreference: number

  beforeAll(async () => {
    const saved = await ctx.rest.post(`/payload-preferences/${KEY}`, { value: { limit: 25 } }, who.editor.token)
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    editorPreference = saved.body.doc.id
  })

  it('does not show another’s preference, by key, by id or by query', async () => {
    const byKey = await ctx.rest.get(`/payload-preferences/${KEY}`, who.reviewer.token)
    expect(byKey.body.value ?? null).toBeNull()
    const byId = await ctx.rest.get(`/payload-preferences/${editorPreference}`, who.reviewer.token)
    expect(byId.body.value ?? null).toBeNull()
    const listed = await ctx.rest.get(`/payload-preferences?where[key][equals]=${KEY}`, who.reviewer.token)
    expect(listed.status).toBe(200)
    expect(listed.body.docs).toEqual([])
  })

  it('refuses to delete another’s preference: 404, never 500', async () => {
    for (const path of [`/payload-preferences/${editorPreference}`, `/payload-preferences/${KEY}`]) {
      await expectRefusedAndUnchanged([404], () => ctx.rest.delete(path, who.reviewer.token))
    }
    // An administrator neither: preferences are personal.
    await expectRefusedAndUnchanged([404], () =>
      ctx.rest.delete(`/payload-preferences/${editorPreference}`, who.admin.token),
    )
  })

  it('answers 404 for a key of one’s own that does not exist, and 401 without a login', async () => {
    await expectRefusedAndUnchanged([404], () => ctx.rest.delete('/payload-preferences/no-such-key', who.editor.token))
    await expectRefusedAndUnchanged([401, 403], () => ctx.rest.delete(`/payload-preferences/${KEY}`))
  })

  it('refuses to change another’s preference, or to take it by a bulk delete', async () => {
    await expectRefusedAndUnchanged([403, 404], () =>
      ctx.rest.patch(`/payload-preferences/${editorPreference}`, { value: { limit: 5 } }, who.reviewer.token),
    )
    const before = await preferenceRows()
    const bulk = await ctx.rest.delete(
      `/payload-preferences?where[user.value][equals]=${who.editor.id}`,
      who.reviewer.token,
    )
    expect(bulk.status).toBeLessThan(500)
    expect(await preferenceRows()).toEqual(before)
  })

  it('stores a preference created in another’s name under the creator', async () => {
    const response = await ctx.rest.post(
      '/payload-preferences',
      { key: 'forged', value: { x: 1 }, user: { relationTo: 'users', value: who.editor.id } },
      who.reviewer.token,
    )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const owners = await ctx.db.query<{ users_id: number }>(
      'SELECT users_id FROM payload_preferences_rels WHERE parent_id = $1',
      [response.body.doc.id],
    )
    expect(owners.map((row) => row.users_id)).toEqual([who.reviewer.id])
  })

  it('lets the owner delete their own preference by key', async () => {
    const response = await ctx.rest.delete(`/payload-preferences/${KEY}`, who.editor.token)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(await ctx.db.query('SELECT id FROM payload_preferences WHERE id = $1', [editorPreference])).toEqual([])
  })
})
