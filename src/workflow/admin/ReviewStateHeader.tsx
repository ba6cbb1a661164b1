'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { isWorkflowState } from '../states'
import { stageLabelOf, statusLine, type StatusLineInput } from '../statusLine'
import { useWorkflowApi } from './useWorkflowApi'

interface Stored {
  workflowStatus?: unknown
  scheduledFor?: string | null
  updatedAt?: string
  _status?: string
  deletedAt?: string | null
  reviewStage?: unknown
}

const FIELDS = ['workflowStatus', 'reviewStage', 'scheduledFor', 'updatedAt', '_status', 'deletedAt']
const select = FIELDS.map((field) => `select[${field}]=true`).join('&')

/**
 * The review state in the document's header, where Payload shows its own draft/published status
 * (which it replaces, with that status's "revert to published" button): the newest version's
 * state, the stage it waits at, and, when an earlier version is live, since when
 * (待审 · 复审 · 已发布版本 2026年12月1日 17:57).
 * Read from the server, newest draft and live row, and read again after every save, so the header
 * never states a guess.
 */
export function ReviewStateHeader() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const api = useWorkflowApi()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  // A save (autosave included) may change the state: an edit during review, say.
  const savedAt = useFormFields(([fields]) => fields.updatedAt?.value as string | undefined)
  const [line, setLine] = useState<StatusLineInput | null>(null)

  useEffect(() => {
    if (!id || !collectionSlug) return
    let current = true
    void (async () => {
      const path = `/${collectionSlug}/${id}?depth=0&trash=true&${select}`
      // Without `draft`, a document's own row: the live version when there is one.
      const [newest, live] = await Promise.all([api<Stored>(`${path}&draft=true`), api<Stored>(path)])
      if (!current || !newest.ok) return
      setLine({
        state: isWorkflowState(newest.data.workflowStatus) ? newest.data.workflowStatus : 'draft',
        stage: stageLabelOf(newest.data.reviewStage),
        scheduledFor: newest.data.scheduledFor,
        liveSince: live.ok && live.data._status === 'published' ? live.data.updatedAt : null,
        inTrash: Boolean(newest.data.deletedAt),
      })
    })()
    return () => {
      current = false
    }
  }, [api, collectionSlug, id, savedAt])

  if (!line) return null
  return (
    <p className="review-state-header" style={{ margin: 0 }}>
      <span className="review-state-header__label">{lang === 'zh' ? '审稿状态：' : 'Review status: '}</span>
      <strong className="review-state-header__value" data-state={line.state}>
        {statusLine(line, lang)}
      </strong>
    </p>
  )
}
