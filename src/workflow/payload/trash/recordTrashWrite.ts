import type { CollectionBeforeOperationHook } from 'payload'

import { markTrashWrite } from './trashContext'

/**
 * Recognises a move into or out of the trash: an update that sets `deletedAt` (trash), or clears
 * it on a trashed document (`trash: true`, restore). Payload would write such a move to the live
 * row from the newest version, so trashing a published story with an edit pending would put the
 * unreviewed edit in the live row and unpublish the story. The move is made a draft write
 * instead: Payload records a snapshot version with the new `deletedAt`, and recordTrashMove sets
 * `deletedAt` on the live row, which keeps everything else. The `_status` sent along (the admin's
 * restore dialog sends one) is taken out, so the move cannot publish; guardTrashMoves judges it.
 * Runs before recordWriteMode, which then records the write as a draft.
 */
export const recordTrashWrite: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'create' && operation !== 'restoreVersion') return args
  const data: unknown = (args as { data?: unknown }).data
  const movesTrash =
    operation === 'update' &&
    typeof data === 'object' &&
    data !== null &&
    'deletedAt' in data &&
    ((data as { deletedAt?: unknown }).deletedAt != null || args.trash === true)
  if (!movesTrash) {
    markTrashWrite(req.context, undefined)
    return args
  }
  const { _status: requestedStatus, ...rest } = data as Record<string, unknown>
  markTrashWrite(req.context, { requestedStatus })
  return { ...args, data: rest, draft: true, autosave: false }
}
