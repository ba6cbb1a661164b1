import { formatAdminDate } from '@/i18n/adminDates'

import { STATE_LABELS, type Label, type WorkflowState } from './states'

export interface StatusLineInput {
  /** The newest version's review state: what the desk acts on. */
  state: WorkflowState
  /** The stage the version sits at (初审, 复审, …): named after 待审, so the desk sees whose turn it is. */
  stage?: Label | null
  /** When the version readers see went live; absent when nothing is live (never published, taken down). */
  liveSince?: string | null
  /** When a scheduled version goes live. */
  scheduledFor?: string | null
  inTrash?: boolean
}

/**
 * The review state as the document's header states it, beside the title: the newest version's
 * state, the stage it waits at, when it is scheduled to go live, and whether an earlier version is
 * what readers see (待审 · 复审 · 已发布版本 2026年12月1日 17:57). It replaces Payload's own
 * draft/published status, which knows nothing of review and calls a taken-down story "a draft with
 * a published version". The list's badge says the same in short (待审 · 复审).
 */
export function statusLine(input: StatusLineInput, lang: 'zh' | 'en', timeZone?: string): string {
  const zh = lang === 'zh'
  const parts: string[] = [STATE_LABELS[input.state][lang]]
  const at = (value: string | null | undefined) => formatAdminDate(value, 'dateTime', timeZone)
  if (input.state === 'in_review' && input.stage) parts.push(input.stage[lang] || input.stage.zh)
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

/**
 * The stage's name from a stored `reviewStage` (JSON, so checked rather than trusted); null when
 * the version records no stage (not in review, or saved before the stages existed).
 */
export function stageLabelOf(reviewStage: unknown): Label | null {
  if (!reviewStage || typeof reviewStage !== 'object') return null
  const name = (reviewStage as { name?: unknown }).name
  if (!name || typeof name !== 'object') return null
  const { zh, en } = name as { zh?: unknown; en?: unknown }
  if (typeof zh !== 'string' || zh.trim() === '') return null
  return { zh, en: typeof en === 'string' && en.trim() !== '' ? en : zh }
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * How long a document has waited at its stage, as the queue says it: 「已等待 3 小时」 / "waiting
 * 3 hours". Whole units, rounded down, so "3 hours" never means two and a half; empty when the
 * time cannot be read. A clock slightly ahead of the server's counts as just now.
 */
export function waitedFor(since: string | null | undefined, now: Date, lang: 'zh' | 'en'): string {
  const from = since ? new Date(since).getTime() : NaN
  if (Number.isNaN(from)) return ''
  const waited = Math.max(0, now.getTime() - from)
  const zh = lang === 'zh'
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`
  if (waited < MINUTE) return zh ? '刚刚送达' : 'arrived just now'
  if (waited < HOUR) {
    const n = Math.floor(waited / MINUTE)
    return zh ? `已等待 ${n} 分钟` : `waiting ${plural(n, 'minute')}`
  }
  if (waited < DAY) {
    const n = Math.floor(waited / HOUR)
    return zh ? `已等待 ${n} 小时` : `waiting ${plural(n, 'hour')}`
  }
  const n = Math.floor(waited / DAY)
  return zh ? `已等待 ${n} 天` : `waiting ${plural(n, 'day')}`
}
