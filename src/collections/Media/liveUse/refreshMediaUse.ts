import type { PayloadRequest } from 'payload'

import type { SQL } from '@payloadcms/db-postgres/drizzle'

import { imagesOfRow, lockImages, recomputeImages, type TableNames } from './liveUseQueries'

interface Executor {
  execute(query: SQL): Promise<{ rows: Record<string, unknown>[] }>
}
interface PostgresAdapterParts {
  drizzle: Executor
  sessions?: Record<string, { db: Executor } | undefined>
  tableNameMap: Map<string, string>
}

/**
 * Runs a statement in the request's transaction when it has one (it must: the answer has to
 * include the write just made, and a second connection inside a transaction can deadlock the
 * pool), on the pool otherwise.
 */
async function executor(req: PayloadRequest): Promise<Executor> {
  const adapter = req.payload.db as unknown as PostgresAdapterParts
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = transactionID === undefined ? undefined : adapter.sessions?.[String(transactionID)]
  return session?.db ?? adapter.drizzle
}

const tableNames = (req: PayloadRequest): TableNames => {
  const map = (req.payload.db as unknown as PostgresAdapterParts).tableNameMap
  return { tableOf: (collection) => map.get(collection.replace(/-/g, '_')) ?? collection }
}

/** The images a document's main row (what readers are shown when it is live) names. */
export async function imagesOfLiveRow(req: PayloadRequest, collection: string, id: number | string) {
  const query = imagesOfRow(collection, id, tableNames(req))
  if (!query) return []
  const { rows } = await (await executor(req)).execute(query)
  return rows.map((row) => Number(row.id)).filter((value) => Number.isInteger(value))
}

/**
 * Brings `usedByPublished` of these images up to date with what is stored now, in the request's
 * transaction. The rows are locked first and only then recomputed, in a statement of its own: of
 * two writers changing documents that share an image, the second waits for the first to commit
 * and then sees its document as committed (READ COMMITTED takes a new snapshot per statement), so
 * the last to commit always decides from everything. Recomputed from the documents, not counted,
 * so a missed call is mended by the next write of any document using the image.
 */
export async function refreshMediaUse(req: PayloadRequest, ids: Iterable<number>): Promise<void> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b)
  if (sorted.length === 0) return
  const run = await executor(req)
  await run.execute(lockImages(sorted))
  await run.execute(recomputeImages(sorted, tableNames(req)))
}

/** After a write to a document's live row: its images now, and those it named before (`before`). */
export async function refreshMediaUseOf(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  before: Iterable<number> = [],
): Promise<void> {
  await refreshMediaUse(req, [...before, ...(await imagesOfLiveRow(req, collection, id))])
}
