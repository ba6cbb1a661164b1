import type { PayloadRequest } from 'payload'

import { createDataloaderCacheKey, getDataLoader } from 'payload'

import { targetKey, type IsVisible, type Target } from '../targets'
import { HIDDEN_WHEN_UNPUBLISHED } from './readers'

/**
 * Which of these documents the request's reader may see, decided by each collection's own read
 * access (the one definition of "visible"). The lookups go through Payload's request dataloader,
 * the one that populates relationships: the lookups of every document in a list answer are
 * batched into one query per collection, and repeated ones are answered from its cache.
 */
export async function visibilityOf(req: PayloadRequest, targets: Target[]): Promise<IsVisible> {
  const asked = new Map<string, Target>()
  for (const target of targets) {
    if (HIDDEN_WHEN_UNPUBLISHED.has(target.collection)) asked.set(targetKey(target), target)
  }
  if (asked.size === 0) return () => true
  const loader = (req.payloadDataLoader ??= getDataLoader(req))
  const found = await Promise.all(
    [...asked.values()].map((target) =>
      loader.load(
        createDataloaderCacheKey({
          collectionSlug: target.collection,
          docID: target.id,
          depth: 0,
          currentDepth: 0,
          draft: false,
          locale: req.locale as string,
          fallbackLocale: req.fallbackLocale ?? null,
          overrideAccess: false,
          showHiddenFields: false,
          // Whether it may be read is all that is asked: no fields, no hooks on them.
          select: { id: true },
          transactionID: req.transactionID as number | string,
        }),
      ),
    ),
  )
  const visible = new Set([...asked.keys()].filter((_key, index) => Boolean(found[index])))
  return (target) => !HIDDEN_WHEN_UNPUBLISHED.has(target.collection) || visible.has(targetKey(target))
}
