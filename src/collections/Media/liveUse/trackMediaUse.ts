import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { trashWriteOf } from '@/workflow/payload/trash/trashContext'

import { MEDIA_USES } from '../usage'
import { imagesOfLiveRow, refreshMediaUse, refreshMediaUseOf } from './refreshMediaUse'

const BEFORE = 'mediaOfLiveRowBefore'

const beforeKey = (collection: string, id: unknown) => `${collection}:${String(id)}`
const remembered = (req: PayloadRequest) =>
  ((req.context[BEFORE] as Record<string, number[]> | undefined) ??= {}) as Record<string, number[]>

/**
 * Whether a write may change the live row: a draft save adds a version only (recordWriteMode
 * marks it), except a move into or out of the trash, which then sets the live row's `deletedAt`.
 */
const changesLiveRow = (req: PayloadRequest, operation: string) =>
  operation === 'create' || req.context.savingDraft !== true || Boolean(trashWriteOf(req.context))

/** Notes the images the live row names before it is overwritten (a publish may drop some). */
const rememberImages: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  if (operation === 'update' && originalDoc?.id !== undefined && changesLiveRow(req, operation)) {
    remembered(req)[beforeKey(collection.slug, originalDoc.id)] = await imagesOfLiveRow(req, collection.slug, originalDoc.id)
  }
  return data
}

const refreshAfterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (!changesLiveRow(req, operation)) return doc
  const key = beforeKey(collection.slug, doc.id)
  await refreshMediaUseOf(req, collection.slug, doc.id, remembered(req)[key])
  delete remembered(req)[key]
  return doc
}

/** A permanent delete takes the document's image rows with it: they are noted first. */
const rememberBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  remembered(req)[beforeKey(collection.slug, id)] = await imagesOfLiveRow(req, collection.slug, id)
}

const refreshAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req, doc }) => {
  const key = beforeKey(collection.slug, id)
  await refreshMediaUse(req, remembered(req)[key] ?? [])
  delete remembered(req)[key]
  return doc
}

/**
 * Keeps the media's `usedByPublished` true exactly while a live document uses the image, for the
 * collections that show images (usage.ts), in the transaction of every write through Payload:
 * publish, edit, trash and restore (recordTrashMove sets `deletedAt` in an earlier afterChange
 * hook: these run after it), permanent delete. Taking a document down writes the live row
 * directly and calls refreshMediaUseOf itself (workflow/payload/takeLiveRowDown.ts).
 */
export const trackMediaUse = (collection: CollectionConfig): CollectionConfig => {
  if (!MEDIA_USES.some((use) => use.collection === collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), rememberImages],
      afterChange: [...(hooks.afterChange ?? []), refreshAfterChange],
      beforeDelete: [...(hooks.beforeDelete ?? []), rememberBeforeDelete],
      afterDelete: [...(hooks.afterDelete ?? []), refreshAfterDelete],
    },
  }
}
