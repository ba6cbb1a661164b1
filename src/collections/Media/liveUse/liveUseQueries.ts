import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { MEDIA_USES, type MediaUse } from '../usage'

/**
 * The SQL behind `usedByPublished`, from the list of places images are used (usage.ts): which
 * images a document's live row names, and whether any live (published, not trashed) document
 * uses an image. Identifiers come from the list and Payload's own naming, never from input.
 */
const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
const id = (name: string) => sql.identifier(name)

export interface TableNames {
  /** Payload's table for a collection (its `tableNameMap`). */
  tableOf(collection: string): string
}

const LIVE = (alias: string) => sql`${id(alias)}."_status" = 'published' AND ${id(alias)}."deleted_at" IS NULL`

type Source = { kind: 'rels'; table: string; rels: string; path: string } | { kind: 'column'; table: string; column: string }

/** Where one use keeps its image ids: a column of the document's row, or its `_rels` rows. */
function useSource(use: MediaUse, names: TableNames): Source {
  const table = names.tableOf(use.collection)
  return use.hasMany
    ? { kind: 'rels', table, rels: `${table}_rels`, path: use.field }
    : { kind: 'column', table, column: `${snake(use.field)}_id` }
}

/** The ids of the images the document's main row names, in every place at once. */
export function imagesOfRow(collection: string, docId: number | string, names: TableNames): SQL | null {
  const parts = MEDIA_USES.filter((use) => use.collection === collection).map((use) => {
    const source = useSource(use, names)
    return source.kind === 'rels'
      ? sql`SELECT "media_id" AS "id" FROM ${id(source.rels)} WHERE "parent_id" = ${docId} AND "path" = ${source.path} AND "media_id" IS NOT NULL`
      : sql`SELECT ${id(source.column)} AS "id" FROM ${id(source.table)} WHERE "id" = ${docId} AND ${id(source.column)} IS NOT NULL`
  })
  return parts.length === 0 ? null : sql.join(parts, sql` UNION `)
}

/** "A live document uses the image `media`.id", with an indexed lookup per place. */
function usedByLiveDocument(names: TableNames): SQL {
  const checks = MEDIA_USES.map((use) => {
    const source = useSource(use, names)
    return source.kind === 'rels'
      ? sql`EXISTS (SELECT 1 FROM ${id(source.rels)} r JOIN ${id(source.table)} d ON d."id" = r."parent_id"
                    WHERE r."media_id" = "media"."id" AND r."path" = ${source.path} AND ${LIVE('d')})`
      : sql`EXISTS (SELECT 1 FROM ${id(source.table)} d WHERE d.${id(source.column)} = "media"."id" AND ${LIVE('d')})`
  })
  return sql.join(checks, sql` OR `)
}

const idList = (ids: readonly number[]) => sql.join(ids.map((one) => sql`${one}`), sql`, `)

/**
 * Locks the images' rows, lowest id first, so two writers waiting for each other cannot deadlock.
 * NO KEY UPDATE, the lock the UPDATE below takes anyway: a plain FOR UPDATE would also wait for
 * the key-share locks that each writer's own rows referencing the image hold (foreign keys), and
 * two writers sharing an image would wait for each other.
 */
export const lockImages = (ids: readonly number[]) =>
  sql`SELECT 1 FROM "media" WHERE "id" IN (${idList(ids)}) ORDER BY "id" FOR NO KEY UPDATE`

/** Sets `used_by_published` of the images from what is stored now (no count to drift). */
export const recomputeImages = (ids: readonly number[], names: TableNames) =>
  sql`UPDATE "media" SET "used_by_published" = (${usedByLiveDocument(names)}) WHERE "id" IN (${idList(ids)})`
