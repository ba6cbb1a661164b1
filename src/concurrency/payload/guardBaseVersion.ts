import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { transitionOf } from '@/workflow/payload/transitionContext'

import { checkBaseVersion } from '../baseVersionCheck'
import { lockForUpdate } from '../lockForUpdate'
import { currentVersion } from './currentVersion'
import { editorName } from './editorName'
import { requestedBase, staleBaseRefusal } from './requestedBase'

const CHECKED = 'baseVersionChecked'

/** The parts of an update's arguments this hook reads. */
interface WriteArgs {
  id?: number | string
  where?: Where
  data?: Record<string, unknown>
}

async function idsToLock(req: PayloadRequest, collection: CollectionSlug, args: WriteArgs) {
  if (args.id !== undefined) return [args.id]
  const { docs } = await req.payload.db.find<{ id: number }>({
    collection,
    where: args.where ?? {},
    pagination: false,
    select: { id: true },
    req,
  })
  // One order for every bulk write, so two of them wait for each other instead of deadlocking.
  return docs.map((doc) => doc.id).sort((a, b) => Number(a) - Number(b))
}

/**
 * Every save of an editorial document first takes its row lock, then, when the write names the
 * version it was based on (If-Match, or the admin form's updatedAt), compares it with the version
 * that stands now: a stale base answers 412 (If-Match) or 409 (the form), and nothing is written.
 * Workflow steps check their own base (performTransition) and pass through.
 */
export const guardBaseVersion: CollectionBeforeOperationHook = async ({
  args: operationArgs,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update') return operationArgs
  const args = operationArgs as WriteArgs
  const ids = await idsToLock(req, collection.slug, args)
  for (const id of ids) await lockForUpdate(req, collection.slug, id)
  if (args.id === undefined || !req.user || transitionOf(req.context) || req.context[CHECKED]) return operationArgs
  // Only the request's own save is held to its base, not saves its hooks make.
  req.context[CHECKED] = true
  const claims = requestedBase(req, args.data)
  if (!claims) return operationArgs

  const current = await currentVersion(req, collection.slug, args.id)
  const verdict = checkBaseVersion(claims, current.token)
  if (verdict.ok) return operationArgs
  throw staleBaseRefusal(verdict, {
    currentVersion: current.token,
    updatedAt: current.token,
    updatedBy: await editorName(req, current.doc),
    current: current.doc ?? undefined,
  })
}
