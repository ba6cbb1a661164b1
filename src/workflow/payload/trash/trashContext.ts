import type { RequestContext } from 'payload'

/**
 * How the recycle bin's hooks tell each other that an update is a move into or out of the trash
 * (recordTrashWrite marks it, guardTrashMoves and recordTrashMove act on it). Request context is
 * set only by server code, never from a request body, so no API caller can forge the mark.
 */
const KEY = 'trashWrite'

export interface TrashWrite {
  /** The `_status` the request sent with the move: taken out of the write, judged by decideTrashMove. */
  requestedStatus?: unknown
}

export const markTrashWrite = (context: RequestContext, write: TrashWrite | undefined): void => {
  context[KEY] = write
}

export const trashWriteOf = (context: RequestContext): TrashWrite | undefined =>
  (context[KEY] as TrashWrite | undefined) ?? undefined
