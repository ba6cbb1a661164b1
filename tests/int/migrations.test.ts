import type { PostgresAdapter } from '@payloadcms/db-postgres'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { migrations } from '../../src/migrations'
import { startTestPayload, type TestContext } from './helpers/testPayload'

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
