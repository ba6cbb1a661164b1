import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import type { GlobalConfig } from 'payload'

import { Locked } from 'payload'

import { blockingLock } from './lockHolder'

/**
 * Payload's own lock check (checkDocumentLockStatus, 3.90) reads the lock records without the
 * request's transaction, so every REST save takes a second connection while it holds its first.
 * Ten saves at once then hold all ten connections and wait for an eleventh forever: the whole
 * server stops answering (issue #10, GUIDE pitfall 10). These hooks make the same check inside the
 * operation's transaction (`req`) and tell Payload the check is done (`overrideLock: true`), so
 * Payload only removes the lock, which it does with `req`.
 */
const LOCKS = 'payload-locked-documents'
const DEFAULT_LOCK_SECONDS = 300
type LockDocumentsOption = boolean | { duration: number } | undefined

const lockSeconds = (option: LockDocumentsOption) =>
  typeof option === 'object' ? option.duration : DEFAULT_LOCK_SECONDS

async function refuseIfLocked(req: PayloadRequest, where: Where, seconds: number, what: string) {
  const { docs } = await req.payload.db.find<{
    user?: { value?: number | string | { id: number | string } }
    updatedAt: string
  }>({
    collection: LOCKS,
    where,
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const lock = docs[0]
  const holder = typeof lock?.user?.value === 'object' ? lock.user.value.id : lock?.user?.value
  if (lock && blockingLock({ userId: holder, updatedAt: lock.updatedAt }, req.user?.id, seconds)) {
    throw new Locked(
      `${what}正由他人编辑，暂时不能修改。 / ${what} is being edited by someone else and cannot be changed now.`,
    )
  }
}

const documentLock = (collection: string, id: number | string): Where => ({
  and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }],
})

const LOCKED_OPERATIONS = new Set(['update', 'updateByID', 'delete', 'deleteByID'])

/** The parts of a write's arguments the lock check reads. */
interface WriteArgs {
  id?: number | string
  where?: Where
  overrideLock?: boolean
}

export const checkCollectionLocks: CollectionBeforeOperationHook = async ({
  args: operationArgs,
  collection,
  operation,
  req,
}) => {
  const args = operationArgs as WriteArgs
  if (!LOCKED_OPERATIONS.has(operation) || args.overrideLock !== false || collection.lockDocuments === false) {
    return operationArgs
  }
  const seconds = lockSeconds(collection.lockDocuments)
  const ids: (number | string)[] =
    args.id !== undefined
      ? [args.id]
      : (
          await req.payload.db.find<{ id: number | string }>({
            collection: collection.slug,
            where: args.where ?? {},
            pagination: false,
            select: { id: true },
            req,
          })
        ).docs.map((doc) => doc.id)
  for (const id of ids) await refuseIfLocked(req, documentLock(collection.slug, id), seconds, '这篇稿件')
  return { ...operationArgs, overrideLock: true }
}

export const checkGlobalLock: NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number] = async ({
  args,
  global,
  operation,
  req,
}) => {
  if (operation !== 'update' || args.overrideLock !== false || global.lockDocuments === false) return args
  await refuseIfLocked(req, { globalSlug: { equals: global.slug } }, lockSeconds(global.lockDocuments), '专栏设置')
  return { ...args, overrideLock: true }
}
