'use client'
import React, { useCallback, useEffect, useState } from 'react'

import { formatAdminDate } from '@/i18n/adminDates'
import { excerptContext } from '@/review-checks/excerptContext'
import type { ArticleChecks, ReportedFinding } from '@/review-checks/payload/articleChecks'
import type { Severity } from '@/review-checks/types'

import { useWorkflowApi } from './useWorkflowApi'

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

const SEVERITY_LABELS: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误（须修改或写明理由）', en: 'Errors (fix, or give a reason)' },
  warning: { zh: '提醒', en: 'Warnings' },
  info: { zh: '说明', en: 'Notes' },
}

const SEVERITY_COLORS: Record<Severity, string> = {
  error: 'var(--theme-error-500)',
  warning: 'var(--theme-warning-500)',
  info: 'var(--theme-elevation-500)',
}

function FindingItem({
  finding,
  checks,
  lang,
}: {
  finding: ReportedFinding
  checks: ArticleChecks
  lang: 'zh' | 'en'
}) {
  const context = excerptContext(checks.text, finding, checks.parts)
  return (
    <li style={{ marginBottom: '0.6rem' }}>
      <strong>{finding.ruleName}</strong>：{finding.message}
      {context.excerpt ? (
        <div style={{ fontSize: '0.9em', color: 'var(--theme-elevation-700)' }}>
          {context.clippedBefore ? '…' : ''}
          {context.before}
          <mark>{context.excerpt}</mark>
          {context.after}
          {context.clippedAfter ? '…' : ''}
        </div>
      ) : null}
      {finding.suggestion !== undefined ? (
        <div style={{ fontSize: '0.9em' }}>
          {lang === 'zh' ? '建议：' : 'Suggestion: '}
          {finding.suggestion}
        </div>
      ) : null}
    </li>
  )
}

/**
 * The review checks of an article beside the document: findings grouped by severity, each with its
 * excerpt highlighted in context. Reads the newest draft, so a reviewer sees what they approve;
 * reports the number of errors upward, where the approve button asks for a reason.
 */
export function CheckFindings({
  id,
  lang,
  onErrors,
}: {
  id: number | string
  lang: 'zh' | 'en'
  onErrors: (errors: number) => void
}) {
  const api = useWorkflowApi()
  const [checks, setChecks] = useState<ArticleChecks>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const run = useCallback(async () => {
    setBusy(true)
    const result = await api<ArticleChecks>(`/articles/${id}/checks`)
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setError(undefined)
    setChecks(result.data)
    onErrors(result.data.counts.error)
  }, [api, id, onErrors])

  useEffect(() => {
    void run()
  }, [run])

  return (
    <section className="check-findings" style={{ margin: '1rem 0' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
        <strong>{lang === 'zh' ? '稿件核查' : 'Checks'}</strong>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          disabled={busy}
          onClick={() => void run()}
        >
          {lang === 'zh' ? '重新核查' : 'Check again'}
        </button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {checks ? (
        <>
          <p style={{ margin: '0.3rem 0', fontSize: '0.9em' }}>
            {lang === 'zh' ? '核查时间：' : 'Checked: '}
            {formatAdminDate(checks.checkedAt)}
            {checks.findings.length === 0 ? (lang === 'zh' ? '，未发现问题。' : ', nothing found.') : ''}
          </p>
          {SEVERITIES.map((severity) => {
            const group = checks.findings.filter((f) => f.severity === severity)
            if (group.length === 0) return null
            return (
              <details key={severity} open={severity === 'error'}>
                <summary style={{ color: SEVERITY_COLORS[severity] }}>
                  {SEVERITY_LABELS[severity][lang]}（{group.length}）
                </summary>
                <ol style={{ paddingLeft: '1.2rem' }}>
                  {group.map((finding, index) => (
                    <FindingItem
                      key={`${index}:${finding.rule}:${finding.offset}`}
                      finding={finding}
                      checks={checks}
                      lang={lang}
                    />
                  ))}
                </ol>
              </details>
            )
          })}
        </>
      ) : null}
    </section>
  )
}
