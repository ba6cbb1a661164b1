import type { CollectionBeforeOperationHook } from 'payload'

import { workflowError } from './workflowError'

/**
 * The write hooks cannot see whether an update or restore was asked for as a draft, yet that
 * decides whether the live row changes. This records it on the request for guardWrites, and
 * refuses non-draft restores outright: restoring an old version brings back its publication state.
 */
export const recordWriteMode: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update') req.context.savingDraft = Boolean(args.draft)
  if (operation === 'restoreVersion') {
    if (req.user && !args.draft) {
      throw workflowError(
        '旧版本只能恢复为草稿，再提交审核。 / Restore an old version as a draft, then submit it for review.',
        403,
      )
    }
    req.context.restoringVersion = true
  }
  return args
}
