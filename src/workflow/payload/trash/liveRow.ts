import type { CollectionSlug, PayloadRequest } from 'payload'

import type { EditorialCollection } from '../../editorialCollections'

export interface LiveRow {
  id: number
  _status?: string | null
  workflowStatus?: string | null
  deletedAt?: string | null
  slug?: string | null
  relatedProjects?: unknown
}

/**
 * The document's main row: what readers are shown, and whether it is in the trash. Its newest
 * version may be a draft that says otherwise, so the bin decides on this row. Read in the
 * request's transaction (`req`), like every read a hook makes.
 */
export const liveRow = (req: PayloadRequest, collection: EditorialCollection | CollectionSlug, id: number | string) =>
  req.payload.db.findOne<LiveRow>({ collection, req, where: { id: { equals: id } } })

export const isPublished = (row: Pick<LiveRow, '_status'> | null | undefined): boolean => row?._status === 'published'
