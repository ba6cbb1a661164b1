'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { isWorkflowState, type WorkflowState } from '../states'
import { stageLabelOf, statusLine } from '../statusLine'

const COLOURS: Record<WorkflowState, string> = {
  draft: '#6b7280',
  in_review: '#b45309',
  changes_requested: '#b91c1c',
  approved: '#047857',
  scheduled: '#1d4ed8',
  published: '#15803d',
  archived: '#4b5563',
}

/**
 * The review state in list views, as a coloured badge, so a desk sees at a glance what waits and
 * where (待审 · 复审: the stage is the row's `reviewStage`, which the list reads with the row).
 */
export function StatusBadgeCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const state: WorkflowState = isWorkflowState(cellData) ? cellData : 'draft'
  return (
    <span
      className={`workflow-badge workflow-badge--${state}`}
      style={{
        display: 'inline-block',
        padding: '0.1rem 0.6rem',
        borderRadius: '999px',
        color: '#fff',
        background: COLOURS[state],
        fontSize: '0.85em',
        whiteSpace: 'nowrap',
      }}
    >
      {statusLine({ state, stage: stageLabelOf(rowData?.reviewStage) }, i18n.language === 'en' ? 'en' : 'zh')}
    </span>
  )
}
