import type { CollectionBeforeOperationHook } from 'payload'

import { workflowError } from './workflowError'

/**
 * Restoring an old version brings back its publication state too, and the write hooks cannot see
 * whether the restore was asked for as a draft. So users restore as drafts only; the restored
 * text then goes through review like any other edit.
 */
export const refuseNonDraftRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion' && req.user && !args.draft) {
    throw workflowError(
      '旧版本只能恢复为草稿，再提交审核。 / Restore an old version as a draft, then submit it for review.',
      403,
    )
  }
  if (operation === 'restoreVersion') req.context.restoringVersion = true
  return args
}
