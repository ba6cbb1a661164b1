import { formatAdminDate } from '@/i18n/adminDates'

import { STATE_LABELS, type WorkflowState } from './states'

export interface StatusLineInput {
  /** The newest version's review state: what the desk acts on. */
  state: WorkflowState
  /** When the version readers see went live; absent when nothing is live (never published, taken down). */
  liveSince?: string | null
  /** When a scheduled version goes live. */
  scheduledFor?: string | null
  inTrash?: boolean
}

/**
 * The review state as the document's header states it, beside the title: the newest version's
 * state, when it is scheduled to go live, and whether an earlier version is what readers see
 * (待审 · 已发布版本 2026年12月1日 17:57). It replaces Payload's own draft/published status, which
 * knows nothing of review and calls a taken-down story "a draft with a published version".
 */
export function statusLine(input: StatusLineInput, lang: 'zh' | 'en', timeZone?: string): string {
  const zh = lang === 'zh'
  const parts: string[] = [STATE_LABELS[input.state][lang]]
  const at = (value: string | null | undefined) => formatAdminDate(value, 'dateTime', timeZone)
  if (input.state === 'scheduled' && at(input.scheduledFor)) {
    parts.push(zh ? `将于 ${at(input.scheduledFor)} 发布` : `goes live ${at(input.scheduledFor)}`)
  }
  if (at(input.liveSince)) {
    if (input.state === 'published') parts.push(at(input.liveSince))
    else parts.push(zh ? `已发布版本 ${at(input.liveSince)}` : `published version of ${at(input.liveSince)}`)
  }
  if (input.inTrash) parts.push(zh ? '在回收站中' : 'in the trash')
  return parts.join(' · ')
}
