'use client'
import React from 'react'

import { formatAdminDate } from '@/i18n/adminDates'

import { LOGGED_ACTION_LABELS, type LoggedAction } from '../actions'

export interface LogEntry {
  id: number
  action: LoggedAction
  actorName: string
  /** The stage the step was taken at (初审, …); empty outside review. */
  stage?: string | null
  comment?: string | null
  checkErrors?: number | null
  checksOverridden?: boolean | null
  overrideReason?: string | null
  createdAt: string
}

/** The document's review log, newest first: every step with its stage, who took it, and why. */
export function ReviewLog({ log, lang }: { log: readonly LogEntry[]; lang: 'zh' | 'en' }) {
  if (log.length === 0) return null
  const zh = lang === 'zh'
  return (
    <details open style={{ marginTop: '1rem' }}>
      <summary>{zh ? '审稿记录' : 'Review log'}</summary>
      <ol style={{ paddingLeft: '1.2rem' }}>
        {log.map((entry) => (
          <li key={entry.id}>
            {formatAdminDate(entry.createdAt)} · {entry.actorName} ·{' '}
            {LOGGED_ACTION_LABELS[entry.action]?.[lang] ?? entry.action}
            {entry.stage ? (zh ? `（${entry.stage}）` : ` (${entry.stage})`) : ''}
            {entry.comment ? `：${entry.comment}` : ''}
            {entry.checksOverridden
              ? zh
                ? `（忽略 ${entry.checkErrors ?? ''} 处核查错误：${entry.overrideReason ?? ''}）`
                : ` (over ${entry.checkErrors ?? ''} check error(s): ${entry.overrideReason ?? ''})`
              : ''}
          </li>
        ))}
      </ol>
    </details>
  )
}
