'use client'
import { useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { formatAdminDate } from '@/i18n/adminDates'

import { ACTION_LABELS, LOGGED_ACTION_LABELS, type LoggedAction, type WorkflowAction } from '../actions'
import { MIN_OVERRIDE_REASON_LENGTH } from '../checksGate'
import { availableActions, requiresComment } from '../decide'
import { isWorkflowState, STATE_LABELS, type WorkflowState } from '../states'
import { authorIds } from '../payload/authorIds'
import { CheckFindings } from './CheckFindings'
import { useWorkflowApi } from './useWorkflowApi'

interface LogEntry {
  id: number
  action: LoggedAction
  actorName: string
  comment?: string | null
  checkErrors?: number | null
  checksOverridden?: boolean | null
  overrideReason?: string | null
  createdAt: string
}

/**
 * The review panel in a document's sidebar: the current state, the actions this user may take now
 * (the same rule the server applies, so no button is ever refused), a comment box, a publication
 * time for scheduling, and the document's review log. For articles it shows the review checks;
 * while they report errors, approving asks for a written reason (the server's gate, checksGate.ts).
 */
export function WorkflowPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const api = useWorkflowApi()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  // The version on screen: a step names it, so nobody approves or publishes text saved after it.
  const versionOnScreen = useFormFields(([fields]) => fields.updatedAt?.value as string | undefined)

  // Unknown until the newest version is read: no state or button is shown before, so nobody acts on a guess.
  const [state, setState] = useState<WorkflowState | null>(null)
  const [authors, setAuthors] = useState<(number | string)[]>([])
  const [inTrash, setInTrash] = useState(false)
  const [log, setLog] = useState<LogEntry[]>([])
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [checkErrors, setCheckErrors] = useState(0)
  const [overrideReason, setOverrideReason] = useState('')

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    // `trash=true`: the panel also shows on a trashed document's page (state and log, no actions).
    const doc = await api<{ workflowStatus?: unknown; contentAuthors?: unknown; deletedAt?: unknown }>(
      `/${collectionSlug}/${id}?draft=true&depth=0&trash=true`,
    )
    if (doc.ok) {
      setState(isWorkflowState(doc.data.workflowStatus) ? doc.data.workflowStatus : 'draft')
      setAuthors(authorIds(doc.data.contentAuthors))
      setInTrash(Boolean(doc.data.deletedAt))
    }
    const entries = await api<{ docs: LogEntry[] }>(
      `/reviews?where[documentCollection][equals]=${collectionSlug}&where[documentId][equals]=${id}&sort=-createdAt&limit=50&depth=0`,
    )
    if (entries.ok) setLog(entries.data.docs)
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id || !user) return null
  if (!state) {
    return (
      <p className="workflow-panel" aria-busy="true" style={{ marginBottom: '1.5rem' }}>
        {lang === 'zh' ? '正在读取审稿状态…' : 'Reading the review status…'}
      </p>
    )
  }
  // A trashed document takes no workflow step until it is restored (the server answers 404).
  const actions = inTrash ? [] : availableActions(state, (user.roles as string[]) ?? [], user.id, authors)
  const needsOverride = checkErrors > 0 && actions.includes('approve')
  const overrideTooShort = [...overrideReason.trim()].length < MIN_OVERRIDE_REASON_LENGTH

  const take = async (action: WorkflowAction) => {
    setBusy(true)
    setError(undefined)
    const body = {
      action,
      ...(comment.trim() ? { comment } : {}),
      ...(action === 'publish' && publishAt ? { publishAt: new Date(publishAt).toISOString() } : {}),
      ...(action === 'approve' && needsOverride ? { overrideChecks: overrideReason } : {}),
      ...(versionOnScreen ? { version: versionOnScreen } : {}),
    }
    const result = await api(`/${collectionSlug}/${id}/workflow`, { method: 'POST', body: JSON.stringify(body) })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    // The saved version changed under the form: reload so the editor shows exactly what is stored.
    window.location.reload()
  }

  // The findings sit beside the panel, not inside it: `.workflow-panel details` is the review log.
  return (
    <>
      <div className="workflow-panel" style={{ marginBottom: '1.5rem' }}>
        <p style={{ margin: '0 0 0.5rem' }}>
          {lang === 'zh' ? '审稿状态：' : 'Review status: '}
          <strong className={`workflow-badge workflow-badge--${state}`}>{STATE_LABELS[state][lang]}</strong>
        </p>
        {inTrash ? (
          <p style={{ margin: '0 0 0.5rem' }}>
            {lang === 'zh'
              ? '这篇稿件在回收站中，恢复后才能继续审稿。'
              : 'This document is in the trash; restore it to take review steps.'}
          </p>
        ) : null}
        {actions.length > 0 ? (
          <>
            <textarea
              aria-label={lang === 'zh' ? '审稿意见' : 'Comment'}
              placeholder={
                lang === 'zh' ? '审稿意见（退回、撤下时必填）' : 'Comment (required to request changes or take down)'
              }
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              rows={3}
              style={{ width: '100%' }}
            />
            {needsOverride ? (
              <label style={{ display: 'block', margin: '0.5rem 0' }}>
                {lang === 'zh'
                  ? `核查发现 ${checkErrors} 处错误。如确认稿件无误，请写明理由（至少 ${MIN_OVERRIDE_REASON_LENGTH} 个字）后再通过：`
                  : `The checks found ${checkErrors} error(s). To approve anyway, give a reason (at least ${MIN_OVERRIDE_REASON_LENGTH} characters):`}
                <textarea
                  aria-label={lang === 'zh' ? '忽略核查的理由' : 'Override reason'}
                  value={overrideReason}
                  onChange={(event) => setOverrideReason(event.target.value)}
                  rows={2}
                  style={{ width: '100%' }}
                />
              </label>
            ) : null}
            {actions.includes('publish') ? (
              <label style={{ display: 'block', margin: '0.5rem 0' }}>
                {lang === 'zh' ? '定时发布（留空则立即发布）' : 'Publish at (empty: now)'}
                <input
                  type="datetime-local"
                  value={publishAt}
                  onChange={(event) => setPublishAt(event.target.value)}
                  style={{ display: 'block' }}
                />
              </label>
            ) : null}
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
              {actions.map((action) => (
                <button
                  key={action}
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  disabled={
                    busy ||
                    (requiresComment(action) && !comment.trim()) ||
                    (action === 'approve' && needsOverride && overrideTooShort)
                  }
                  onClick={() => void take(action)}
                >
                  {ACTION_LABELS[action][lang]}
                </button>
              ))}
            </div>
          </>
        ) : null}
        {error ? (
          <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {error}
          </p>
        ) : null}
        {log.length > 0 ? (
          <details open style={{ marginTop: '1rem' }}>
            <summary>{lang === 'zh' ? '审稿记录' : 'Review log'}</summary>
            <ol style={{ paddingLeft: '1.2rem' }}>
              {log.map((entry) => (
                <li key={entry.id}>
                  {formatAdminDate(entry.createdAt)} · {entry.actorName} ·{' '}
                  {LOGGED_ACTION_LABELS[entry.action]?.[lang] ?? entry.action}
                  {entry.comment ? `：${entry.comment}` : ''}
                  {entry.checksOverridden
                    ? lang === 'zh'
                      ? `（忽略 ${entry.checkErrors ?? ''} 处核查错误：${entry.overrideReason ?? ''}）`
                      : ` (over ${entry.checkErrors ?? ''} check error(s): ${entry.overrideReason ?? ''})`
                    : ''}
                </li>
              ))}
            </ol>
          </details>
        ) : null}
      </div>
      {collectionSlug === 'articles' ? <CheckFindings id={id} lang={lang} onErrors={setCheckErrors} /> : null}
    </>
  )
}
