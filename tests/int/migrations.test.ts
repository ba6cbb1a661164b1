import type { PostgresAdapter } from '@payloadcms/db-postgres'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { migrations } from '../../src/migrations'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser } from './helpers/users'
import { REVIEWER } from './helpers/workflows'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startTestPayload()
})
afterAll(() => ctx?.close())

/**
 * drizzle-kit re-proposes `SET DEFAULT 0` for numeric columns whose default is already 0 (it compares
 * the text '0' with the number 0). Such a statement is only noise when the database already has
 * exactly that default, which this checks against the catalogue rather than assuming.
 */
async function isAlreadyApplied(statement: string): Promise<boolean> {
  const match = statement.match(/^ALTER TABLE "(\w+)" ALTER COLUMN "(\w+)" SET DEFAULT (.+);$/)
  if (!match) return false
  const [, table, column, value] = match
  const [row] = await ctx.db.query<{ column_default: string | null }>(
    'SELECT column_default FROM information_schema.columns WHERE table_name = $1 AND column_name = $2',
    [table, column],
  )
  return row?.column_default?.replace(/::\w+$/, '').replace(/^'(.*)'$/, '$1') === value
}

describe('migrations', () => {
  it('build a database that matches the config exactly (no schema change left to make)', async () => {
    const adapter = ctx.payload.db as unknown as PostgresAdapter
    const { pushSchema } = adapter.requireDrizzleKit()
    const diff = await pushSchema(adapter.schema, adapter.drizzle, undefined, adapter.tablesFilter, undefined)
    const { statementsToExecute } = diff as typeof diff & { statementsToExecute: string[] }
    const pending: string[] = []
    for (const statement of statementsToExecute) {
      if (!(await isAlreadyApplied(statement))) pending.push(statement)
    }
    expect(pending).toEqual([])
  })

  it('are all recorded as applied', async () => {
    const rows = await ctx.db.query<{ name: string; batch: number }>('SELECT name, batch FROM payload_migrations')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.batch > 0)).toBe(true)
  })
})

describe('the media visibility migration', () => {
  /** What the migration derives: the images mirrored from rich text, and which images are in use. */
  const derived = async () => ({
    rels: await ctx.db.query<{ path: string; media_id: number }>(
      `SELECT path, media_id FROM articles_rels WHERE path = 'bodyImages'
       UNION ALL SELECT path, media_id FROM _articles_v_rels WHERE path = 'version.bodyImages'
       UNION ALL SELECT path, media_id FROM projects_rels WHERE path = 'descriptionImages'
       ORDER BY 1, 2`,
    ),
    used: await ctx.db.query<{ id: number; used: boolean }>(
      'SELECT id, used_by_published AS used FROM media ORDER BY id',
    ),
  })

  it('fills in, on data that is already there, what the hooks would have kept (down, then up again)', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#777' } })
      .png()
      .toBuffer()
    const image = (name: string) =>
      ctx.payload.create({
        collection: 'media',
        data: { alt: name },
        file: { data: png, mimetype: 'image/png', name: `${name}.png`, size: png.length },
      })
    const [cover, inBody, inDraft, inDescription] = [
      await image('m-cover'),
      await image('m-body'),
      await image('m-draft'),
      await image('m-description'),
    ]
    const published = { _status: 'published' as const }
    await ctx.payload.create({
      collection: 'articles',
      draft: false,
      data: {
        ...published,
        title: '迁移前已发布',
        coverImage: cover.id,
        body: buildLexicalDocument([
          { type: 'paragraph', text: '正文' },
          { type: 'upload', mediaId: inBody.id },
        ]),
      },
    })
    await ctx.payload.create({
      collection: 'articles',
      draft: true,
      data: { title: '迁移前的草稿', body: buildLexicalDocument([{ type: 'upload', mediaId: inDraft.id }]) },
    })
    await ctx.payload.create({
      collection: 'projects',
      draft: false,
      data: {
        ...published,
        name: '迁移前的项目',
        categories: ['education'],
        fundingType: 'aid_funds',
        status: 'planned',
        description: buildLexicalDocument([{ type: 'upload', mediaId: inDescription.id }]),
      },
    })
    const kept = await derived()
    // A draft's main row names its images too (it is not live, so they stay unused).
    expect(kept.rels).toEqual([
      { path: 'bodyImages', media_id: inBody.id },
      { path: 'bodyImages', media_id: inDraft.id },
      { path: 'descriptionImages', media_id: inDescription.id },
      { path: 'version.bodyImages', media_id: inBody.id },
      { path: 'version.bodyImages', media_id: inDraft.id },
    ])
    expect(kept.used).toEqual([
      { id: cover.id, used: true },
      { id: inBody.id, used: true },
      { id: inDraft.id, used: false },
      { id: inDescription.id, used: true },
    ])

    const migration = migrations.find((candidate) => candidate.name.endsWith('_media_visibility'))!
    const adapter = ctx.payload.db as unknown as PostgresAdapter
    const args = { db: adapter.drizzle, payload: ctx.payload, req: {} } as unknown as Parameters<typeof migration.up>[0]
    await migration.down(args)
    await migration.up(args)
    expect(await derived()).toEqual(kept)
  })
})

describe('the three-stage review migration', () => {
  const migration = () => migrations.find((candidate) => candidate.name.endsWith('_three_stage_review'))!
  const args = () =>
    ({
      db: (ctx.payload.db as unknown as PostgresAdapter).drizzle,
      payload: ctx.payload,
      req: {},
    }) as unknown as Parameters<ReturnType<typeof migration>['up']>[0]

  /** The columns the migration adds: everything else of a row must come through untouched. */
  const ADDED = new Set([
    'review_stage',
    'sign_off',
    'stage_assignee_id',
    'printed_credits',
    'version_review_stage',
    'version_sign_off',
    'version_stage_assignee_id',
    'version_printed_credits',
    'real_name',
  ])
  const TABLES = ['articles', '_articles_v', 'projects', '_projects_v', 'honors', '_honors_v', 'users', 'reviews']
  const withoutAdded = (rows: Record<string, unknown>[]) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !ADDED.has(column))))
  const everyRow = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [table, withoutAdded(await ctx.db.query(`SELECT * FROM "${table}" ORDER BY id`))]),
      ),
    )
  const rolesOf = async (userId: number) =>
    (
      await ctx.db.query<{ value: string }>(
        'SELECT value::text FROM users_roles WHERE parent_id = $1 ORDER BY "order"',
        [userId],
      )
    ).map((row) => row.value)

  it('maps reviewer to the three stage roles, places what is in review, and changes nothing published', async () => {
    // Today's data, as the one-gate workflow left it: written by the server, so every state is set
    // directly (the write guard judges users only).
    const article = (title: string) => ({ title, body: buildLexicalDocument([{ type: 'paragraph', text: title }]) })
    const created: Record<string, number> = {}
    for (const state of ['draft', 'in_review', 'changes_requested', 'approved', 'archived'] as const) {
      created[state] = (
        await ctx.payload.create({
          collection: 'articles',
          draft: true,
          data: { ...article(state), workflowStatus: state },
        })
      ).id
    }
    created.scheduled = (
      await ctx.payload.create({
        collection: 'articles',
        draft: true,
        data: {
          ...article('scheduled'),
          workflowStatus: 'scheduled',
          scheduledFor: new Date(Date.now() + 3_600_000).toISOString(),
        },
      })
    ).id
    created.published = (
      await ctx.payload.create({
        collection: 'articles',
        draft: false,
        data: {
          ...article('published'),
          _status: 'published',
          workflowStatus: 'published',
          publishedAt: new Date().toISOString(),
        },
      })
    ).id
    // Live, with an edit waiting in review: the live row stays as it is, the edit enters 初审.
    created.pendingEdit = (
      await ctx.payload.create({
        collection: 'articles',
        draft: false,
        data: { ...article('pending'), _status: 'published', workflowStatus: 'published' },
      })
    ).id
    await ctx.payload.update({
      collection: 'articles',
      id: created.pendingEdit,
      draft: true,
      data: { title: 'pending edit', workflowStatus: 'in_review' },
    })
    const project = await ctx.payload.create({
      collection: 'projects',
      draft: true,
      data: { name: '迁移中的项目', categories: ['education'], workflowStatus: 'in_review' },
    })
    const honor = await ctx.payload.create({
      collection: 'honors',
      draft: true,
      data: { title: '迁移中的荣誉', level: 'county', awardedBy: '昂仁县委', workflowStatus: 'approved' },
    })
    const reviewerAndEditor = await createUser(ctx.payload, ['editor'])
    const reviewer = await createUser(ctx.payload, REVIEWER)
    const admin = await createUser(ctx.payload, ['admin'])

    // Back to the one-gate schema, then the reviewer role as it was stored.
    await migration().down(args())
    await ctx.db.query(`INSERT INTO users_roles ("order", parent_id, value) VALUES (2, $1, 'reviewer')`, [
      reviewerAndEditor.user.id,
    ])
    expect(await rolesOf(reviewer.user.id)).toEqual(['reviewer'])
    expect(await rolesOf(reviewerAndEditor.user.id)).toEqual(['editor', 'reviewer'])
    const before = await everyRow()

    await migration().up(args())

    expect(await everyRow()).toEqual(before)
    expect(await rolesOf(reviewer.user.id)).toEqual(['first_reviewer', 'second_reviewer', 'final_reviewer'])
    expect(await rolesOf(reviewerAndEditor.user.id)).toEqual([
      'editor',
      'first_reviewer',
      'second_reviewer',
      'final_reviewer',
    ])
    expect(await rolesOf(admin.user.id)).toEqual(['admin'])
    expect(await ctx.db.query(`SELECT 1 FROM users_roles WHERE value::text = 'reviewer'`)).toEqual([])

    // Where each document stands now: in review at the first stage, approved and scheduled at the
    // release stage, everything else nowhere. Only the newest version of each is placed.
    const EXPECTED: Record<string, Record<string, string | null>> = {
      articles: { in_review: 'articles-first', approved: 'articles-final', scheduled: 'articles-final' },
      projects: { in_review: 'projects-first', approved: 'projects-final', scheduled: 'projects-final' },
      honors: { in_review: 'honors-first', approved: 'honors-final', scheduled: 'honors-final' },
    }
    for (const collection of Object.keys(EXPECTED)) {
      const rows = await ctx.db.query<{
        id: number
        state: string
        stage: { key: string; enteredAt: string; roles: string[] } | null
        updated_at: Date
        rest: unknown[]
      }>(
        `SELECT id, workflow_status::text AS state, review_stage AS stage, updated_at,
                ARRAY[sign_off, to_jsonb(stage_assignee_id), printed_credits] AS rest FROM "${collection}"`,
      )
      for (const row of rows) {
        expect(row.stage?.key ?? null, `${collection} ${row.id} ${row.state}`).toBe(
          EXPECTED[collection]![row.state] ?? null,
        )
        if (row.stage) expect(Date.parse(row.stage.enteredAt)).toBe(row.updated_at.getTime())
        expect(row.rest).toEqual([null, null, null])
      }
      const versions = await ctx.db.query<{ id: number; state: string; latest: boolean; stage: string | null }>(
        `SELECT id, version_workflow_status::text AS state, latest, version_review_stage->>'key' AS stage
           FROM "_${collection}_v"`,
      )
      for (const version of versions) {
        const expected = version.latest ? (EXPECTED[collection]![version.state] ?? null) : null
        expect(version.stage, `${collection} version ${version.id} ${version.state}`).toBe(expected)
      }
    }
    const placed = async (id: number) =>
      (
        await ctx.db.query<{ live: string | null; newest: string | null }>(
          `SELECT review_stage->'name'->>'zh' AS live,
                  (SELECT version_review_stage->'name'->>'zh' FROM _articles_v WHERE parent_id = a.id AND latest) AS newest
             FROM articles a WHERE id = $1`,
          [id],
        )
      )[0]
    expect(await placed(created.in_review!)).toEqual({ live: '初审', newest: '初审' })
    expect(await placed(created.approved!)).toEqual({ live: '终审', newest: '终审' })
    expect(await placed(created.scheduled!)).toEqual({ live: '终审', newest: '终审' })
    expect(await placed(created.published!)).toEqual({ live: null, newest: null })
    expect(await placed(created.pendingEdit!)).toMatchObject({ newest: '初审' })
    expect(await placed(created.draft!)).toEqual({ live: null, newest: null })
    const [projectStage] = await ctx.db.query(
      `SELECT review_stage->'name'->>'zh' AS stage FROM projects WHERE id = $1`,
      [project.id],
    )
    const [honorStage] = await ctx.db.query(`SELECT review_stage->'name'->>'zh' AS stage FROM honors WHERE id = $1`, [
      honor.id,
    ])
    expect([projectStage, honorStage]).toEqual([{ stage: '初审' }, { stage: '终审' }])

    // The shipped workflows are there again, with the keys the placed documents name.
    const stages = await ctx.db.query<{ collection: string; keys: string[] }>(
      `SELECT w.collection::text AS collection, array_agg(s.id ORDER BY s._order) AS keys
         FROM workflows w JOIN workflows_stages s ON s._parent_id = w.id GROUP BY w.collection ORDER BY 1`,
    )
    expect(stages).toEqual([
      { collection: 'articles', keys: ['articles-first', 'articles-second', 'articles-final'] },
      { collection: 'honors', keys: ['honors-first', 'honors-final'] },
      { collection: 'projects', keys: ['projects-first', 'projects-final'] },
    ])
  })

  it('lets the migrated documents go on through their stages', async () => {
    // A document the migration placed at 初审 continues like any other.
    const [row] = await ctx.db.query<{ id: number }>(
      `SELECT id FROM articles WHERE review_stage->>'key' = 'articles-first' ORDER BY id LIMIT 1`,
    )
    const { createLocalReq } = await import('payload')
    const { performTransition } = await import('../../src/workflow/payload/performTransition')
    const req = await createLocalReq({}, ctx.payload)
    const step = (n: number, action: string) =>
      performTransition(
        req,
        { id: `system-${n}`, name: `系统 ${n}`, roles: ['admin'] },
        {
          collection: 'articles',
          id: row!.id,
          action,
        },
      )
    await step(1, 'approve')
    await step(2, 'approve')
    await step(3, 'sign_off')
    const log = await ctx.db.query<{ action: string; stage: string }>(
      'SELECT action, stage FROM reviews WHERE document_id = $1 ORDER BY id',
      [row!.id],
    )
    expect(log).toEqual([
      { action: 'approve', stage: '初审' },
      { action: 'approve', stage: '复审' },
      { action: 'sign_off', stage: '终审' },
    ])
  })

  it('refuses to go back down once the log holds 签发 steps the one-gate workflow has no words for', async () => {
    // The test above signed a document off.
    await expect(migration().down(args())).rejects.toThrow(/签发 or 改派/)
    expect(await ctx.db.query(`SELECT count(*)::int AS n FROM workflows`)).toEqual([{ n: 3 }])
    expect(await ctx.db.query(`SELECT 1 FROM users_roles WHERE value::text = 'reviewer'`)).toEqual([])
  })
})
