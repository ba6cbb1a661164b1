import type { GlobalBeforeOperationHook } from 'payload'

import { publicError } from '@/errors/publicError'

export const NO_DRAFTS =
  '专栏设置没有草稿：保存即在网站上生效。请直接保存（不带 draft 或 autosave 参数）。 / ' +
  'The column settings have no drafts: a save is live on the site at once. Save without draft or autosave.'

/**
 * A global without versions stores a "draft" save (`?draft=true`, GraphQL `draft: true`, the Local
 * API's `draft`) as its one live record, and Payload still answers "草稿成功保存" (draft saved).
 * Whoever asks for a draft means "not live yet", so the request is refused (400, nothing saved)
 * instead of being published under a false name; the sender keeps what they sent and can save it
 * for real. Runs first, before the row is locked.
 */
export const refuseDraftSaves: GlobalBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update') return args
  const { draft, autosave } = args as { draft?: unknown; autosave?: unknown }
  if (draft || autosave) throw publicError(NO_DRAFTS, 400, 'NoDraftsError')
  return args
}
