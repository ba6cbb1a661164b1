'use client'
import React, { useState } from 'react'

import { ACTION_LABELS, type WorkflowAction } from '../actions'
import { MIN_OVERRIDE_REASON_LENGTH } from '../checksGate'
import { requiresComment } from '../decide'
import type { StageSnapshot } from '../stages/position'
import { STAGE_PASSING_ACTIONS } from '../transitions'

/** What a step sends besides its action. */
export interface StepExtras {
  comment?: string
  publishAt?: string
  overrideChecks?: string
}

/** Actions that accept a publication time: publishing, and 签发 (approve and publish in one). */
const SCHEDULABLE: readonly WorkflowAction[] = ['publish', 'sign_off']
/** Actions the review checks' error gate stands in front of (checksGate.ts). */
const GATED: readonly WorkflowAction[] = ['approve', 'sign_off']

/**
 * The buttons of the steps this user may take now, with what they need: an opinion where the
 * action or the stage asks for one, a reason to pass over the checks' errors, and a publication
 * time for publishing or signing off later. Each button is enabled once what it needs is written.
 */
export function ActionForm({
  actions,
  stage,
  checkErrors,
  busy,
  lang,
  onTake,
}: {
  /** The actions availableActions offers, `reassign` excluded (it has its own control). */
  actions: readonly WorkflowAction[]
  stage?: StageSnapshot
  checkErrors: number
  busy: boolean
  lang: 'zh' | 'en'
  onTake: (action: WorkflowAction, extras: StepExtras) => void
}) {
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [overrideReason, setOverrideReason] = useState('')
  if (actions.length === 0) return null
  const zh = lang === 'zh'
  const needsOverride = checkErrors > 0 && actions.some((action) => GATED.includes(action))
  const overrideTooShort = [...overrideReason.trim()].length < MIN_OVERRIDE_REASON_LENGTH
  // The stage asks for an opinion to pass it (its `commentRequired`): say so before the button refuses.
  const opinionRequired = actions.some(
    (action) => STAGE_PASSING_ACTIONS.includes(action) && requiresComment(action, stage),
  )
  const releaseHere = Boolean(stage?.release) && actions.includes('approve')

  const extrasFor = (action: WorkflowAction): StepExtras => ({
    ...(comment.trim() ? { comment } : {}),
    ...(SCHEDULABLE.includes(action) && publishAt ? { publishAt: new Date(publishAt).toISOString() } : {}),
    ...(GATED.includes(action) && needsOverride ? { overrideChecks: overrideReason } : {}),
  })

  return (
    <>
      <textarea
        aria-label={zh ? '审稿意见' : 'Comment'}
        placeholder={
          opinionRequired
            ? zh
              ? `审稿意见（「${stage?.name.zh}」通过时必填，退回、撤下时必填）`
              : `Comment (required to pass “${stage?.name.en}”, to request changes or to take down)`
            : zh
              ? '审稿意见（退回、撤下时必填）'
              : 'Comment (required to request changes or take down)'
        }
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        rows={3}
        style={{ width: '100%' }}
      />
      {needsOverride ? (
        <label style={{ display: 'block', margin: '0.5rem 0' }}>
          {zh
            ? `核查发现 ${checkErrors} 处错误。如确认稿件无误，请写明理由（至少 ${MIN_OVERRIDE_REASON_LENGTH} 个字）后再通过：`
            : `The checks found ${checkErrors} error(s). To approve anyway, give a reason (at least ${MIN_OVERRIDE_REASON_LENGTH} characters):`}
          <textarea
            aria-label={zh ? '忽略核查的理由' : 'Override reason'}
            value={overrideReason}
            onChange={(event) => setOverrideReason(event.target.value)}
            rows={2}
            style={{ width: '100%' }}
          />
        </label>
      ) : null}
      {actions.some((action) => SCHEDULABLE.includes(action)) ? (
        <label style={{ display: 'block', margin: '0.5rem 0' }}>
          {zh ? '定时发布（留空则立即发布）' : 'Publish at (empty: now)'}
          <input
            type="datetime-local"
            aria-label={zh ? '发布时间' : 'Publication time'}
            value={publishAt}
            onChange={(event) => setPublishAt(event.target.value)}
            style={{ display: 'block' }}
          />
        </label>
      ) : null}
      {releaseHere ? (
        <p className="workflow-panel__hint" style={{ margin: '0.25rem 0 0.5rem', fontSize: '0.9em' }}>
          {actions.includes('sign_off')
            ? zh
              ? '「通过」后稿件等待发布；「签发」即通过并发布（填了时间则定时发布）。'
              : '“Approve” leaves it waiting for publication; “Sign off” approves and publishes (at the time given, if any).'
            : zh
              ? '「通过」后稿件等待发布。'
              : '“Approve” leaves it waiting for publication.'}
        </p>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className="btn btn--style-secondary btn--size-small"
            style={{ margin: 0 }}
            disabled={
              busy ||
              (requiresComment(action, stage) && !comment.trim()) ||
              (GATED.includes(action) && needsOverride && overrideTooShort)
            }
            onClick={() => onTake(action, extrasFor(action))}
          >
            {ACTION_LABELS[action][lang]}
          </button>
        ))}
      </div>
    </>
  )
}
