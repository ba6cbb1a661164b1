/**
 * Who may write a document-lock record. A lock tells everyone "this person is editing this
 * document now" and makes other people's saves answer 423, so it is only true when that person's
 * own session wrote it: a lock is written in the writer's own name, stays on the document it was
 * taken on, and is removed only by its holder.
 *
 * Taking over (the admin's "接管 / Take over" button, a PATCH naming oneself) is allowed to every
 * staff member: it is honest (the lock then names who really edits), and it is how a colleague's
 * forgotten lock is cleared. Deleting someone else's lock is not: it would hide a colleague's
 * editing from them and from others. An expired lock goes by itself and a live one can be taken over
 * first, so admins need no exception either, and the lock always names whoever last claimed it.
 *
 * Pure: the adapter (payload/guardLockWrites.ts) reads the request and the stored lock.
 */

/** A person as a relationship names them: the auth collection and the id. */
export interface Person {
  collection: string
  id: number | string
}

/** What a lock points at, as sent or stored: `document` (a polymorphic relationship) or `globalSlug`. */
export interface LockTarget {
  document?: unknown
  globalSlug?: unknown
}

/**
 * `holder` and `target`: the lock's `user` and target as the write would leave them. On an update,
 * Payload fills a field that was not sent with the stored value, so a PATCH that names nobody
 * names the current holder: taking a lock over means naming oneself, as the admin does.
 */
export type LockWrite =
  | { action: 'create'; holder: unknown; targetVisible: boolean }
  | { action: 'update'; holder: unknown; target: LockTarget; stored: LockTarget; targetVisible: boolean }
  | { action: 'delete'; storedHolder: unknown }

export type LockRefusalCode = 'someone_else' | 'moves_lock' | 'not_your_lock' | 'target_not_visible'

export type LockRuling = { ok: true } | { ok: false; status: 403 | 404; code: LockRefusalCode; zh: string; en: string }

const refusal = (status: 403 | 404, code: LockRefusalCode, zh: string, en: string): LockRuling => ({
  ok: false,
  status,
  code,
  zh,
  en,
})

type Id = number | string

const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/**
 * What a relationship value points at: `{ relationTo, value }` with an id or a populated
 * document, or a bare id (collection unknown). Undefined for anything else.
 */
export function referenceOf(value: unknown): { collection?: string; id: Id } | undefined {
  if (value && typeof value === 'object' && 'value' in value) {
    const { relationTo, value: inner } = value as { relationTo?: unknown; value: unknown }
    const id = idOf(inner)
    if (id === undefined) return undefined
    return typeof relationTo === 'string' ? { collection: relationTo, id } : { id }
  }
  const id = idOf(value)
  return id === undefined ? undefined : { id }
}

/** Whether a relationship value names this person (a bare id is taken to mean the person's own collection). */
export function namesPerson(value: unknown, person: Person): boolean {
  const named = referenceOf(value)
  if (!named) return false
  return String(named.id) === String(person.id) && (named.collection ?? person.collection) === person.collection
}

const sameDocument = (a: unknown, b: unknown): boolean => {
  const left = referenceOf(a)
  const right = referenceOf(b)
  if (!left || !right) return !left && !right
  return left.collection === right.collection && String(left.id) === String(right.id)
}

const blank = (value: unknown) => value === undefined || value === null || value === ''

/** Whether an update leaves the lock on a target other than the stored one (a field not sent is no change). */
export function movesLock(target: LockTarget, stored: LockTarget): boolean {
  const movesDocument = target.document !== undefined && !sameDocument(target.document, stored.document)
  const movesGlobal =
    target.globalSlug !== undefined &&
    !(blank(target.globalSlug) && blank(stored.globalSlug)) &&
    target.globalSlug !== stored.globalSlug
  return movesDocument || movesGlobal
}

const SOMEONE_ELSE = refusal(
  403,
  'someone_else',
  '文档锁只能以您自己的名义持有；要接管他人的锁，请写明您自己。',
  'A document lock can only be held in your own name; to take over someone else’s, name yourself.',
)
const MOVES_LOCK = refusal(
  403,
  'moves_lock',
  '文档锁不能移到另一篇文档上；请在那篇文档里打开编辑。',
  'A document lock cannot be moved to another document; open that document to edit it instead.',
)
const NOT_YOUR_LOCK = refusal(
  403,
  'not_your_lock',
  '只能解除您自己持有的文档锁；他人的锁过期后自动失效，也可以先“接管”。',
  'You can only release a lock you hold; someone else’s lock expires by itself, or take it over first.',
)
const TARGET_NOT_VISIBLE = refusal(
  404,
  'target_not_visible',
  '要锁定的文档不存在，或您无权查看。',
  'The document to lock does not exist or is not visible to you.',
)

const holderIsActorOrUnsent = (holder: unknown, actor: Person) =>
  holder === undefined || holder === null || namesPerson(holder, actor)

/** The ruling on one lock write by a logged-in person. */
export function ruleOnLockWrite(actor: Person, write: LockWrite): LockRuling {
  switch (write.action) {
    case 'create':
      if (!holderIsActorOrUnsent(write.holder, actor)) return SOMEONE_ELSE
      return write.targetVisible ? { ok: true } : TARGET_NOT_VISIBLE
    case 'update':
      if (!holderIsActorOrUnsent(write.holder, actor)) return SOMEONE_ELSE
      if (movesLock(write.target, write.stored)) return MOVES_LOCK
      return write.targetVisible ? { ok: true } : TARGET_NOT_VISIBLE
    case 'delete':
      return namesPerson(write.storedHolder, actor) ? { ok: true } : NOT_YOUR_LOCK
  }
}

/** The `user` value every lock written by this person carries. */
export const holderValue = (actor: Person) => ({ relationTo: actor.collection, value: actor.id })
