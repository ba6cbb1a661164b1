'use client'
import React from 'react'

import { formatAdminDate } from '@/i18n/adminDates'

import { ACTION_LABELS } from '../actions'
import { waitedFor } from '../statusLine'
import type { Step } from './stageSteps'

const MARKS: Record<Step['status'], string> = { done: '✓', current: '▶', upcoming: '○' }

const COLOURS: Record<Step['status'], string> = {
  done: 'var(--theme-success-500, #15803d)',
  current: 'var(--theme-warning-500, #b45309)',
  upcoming: 'var(--theme-elevation-400)',
}

function StepDetail({ step, lang, now, assignee }: { step: Step; lang: 'zh' | 'en'; now: Date; assignee?: string }) {
  const zh = lang === 'zh'
  if (step.status === 'done' && step.pass) {
    // 签发 (approved and published at once) or 发布 (signed off by publishing) says more than 通过.
    const how = step.pass.action === 'approve' ? '' : ` · ${ACTION_LABELS[step.pass.action][lang]}`
    return (
      <>
        {' '}
        · {step.pass.name} · {formatAdminDate(step.pass.at)}
        {how}
      </>
    )
  }
  if (step.status === 'current') {
    const waited = waitedFor(step.enteredAt, now, lang)
    return (
      <>
        {zh ? '（当前）' : ' (current)'}
        {waited ? ` · ${waited}` : ''}
        {assignee ? ` · ${assignee}` : ''}
      </>
    )
  }
  return null
}

/**
 * The document's stages as steps: ✓ passed (by whom, when: the sign-off chain), ▶ the one it waits
 * at (since when, and to whom an administrator handed it), ○ still to come.
 */
export function StageSteps({
  steps,
  lang,
  now,
  assignee,
}: {
  steps: readonly Step[]
  lang: 'zh' | 'en'
  now: Date
  /** Who the current stage was handed to, as this user may be told. */
  assignee?: string
}) {
  if (steps.length === 0) return null
  return (
    <ol
      className="stage-steps"
      aria-label={lang === 'zh' ? '审核阶段' : 'Review stages'}
      style={{ listStyle: 'none', padding: 0, margin: '0 0 0.75rem' }}
    >
      {steps.map((step) => (
        <li
          key={`${step.status}:${step.key}`}
          className={`stage-steps__step stage-steps__step--${step.status}`}
          data-stage={step.name.zh}
          style={{ margin: '0.15rem 0', color: step.status === 'upcoming' ? COLOURS.upcoming : undefined }}
        >
          <span aria-hidden="true" style={{ color: COLOURS[step.status], display: 'inline-block', width: '1.2em' }}>
            {MARKS[step.status]}
          </span>
          <strong>{step.name[lang] || step.name.zh}</strong>
          <StepDetail step={step} lang={lang} now={now} assignee={step.status === 'current' ? assignee : undefined} />
        </li>
      ))}
    </ol>
  )
}
