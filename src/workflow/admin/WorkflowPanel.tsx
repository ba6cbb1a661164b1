'use client'
import { useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { User } from '@/payload-types'

import type { WorkflowAction } from '../actions'
import { availableActions, decideTransition, stageOf, type ActionsInput } from '../decide'
import { authorIds } from '../payload/authorIds'
import { positionOf } from '../payload/positionRecord'
import type { WorkflowDefinition } from '../stages/definition'
import type { ReviewPosition } from '../stages/position'
import { isWorkflowState, STATE_LABELS, type WorkflowState } from '../states'
import { ActionForm, type StepExtras } from './ActionForm'
import { CheckFindings } from './CheckFindings'
import { useCollectionWorkflow } from './collectionWorkflow'
import { ReassignControl, useStagePeople, type Colleague } from './ReassignControl'
import { ReviewLog, type LogEntry } from './ReviewLog'
import { stageSteps } from './stageSteps'
import { StageSteps } from './StageSteps'
import { useWorkflowApi } from './useWorkflowApi'

interface PanelDoc {
  state: WorkflowState
  authors: (number | string)[]
  position: ReviewPosition
  inTrash: boolean
}

/** Refusals that explain why a reviewer of this stage gets no button: worth telling them. */
const EXPLAINED = ['different_eyes', 'four_eyes', 'assigned_to_another']

/** One half of a bilingual message "中文 / English". */
const inLanguage = (message: string, lang: 'zh' | 'en'): string => {
  const [zh, ...en] = message.split(' / ')
  return lang === 'zh' || en.length === 0 ? zh : en.join(' / ')
}

/**
 * Why a reviewer of the stage the document waits at is offered no step there: they passed
 * another stage of this version, wrote it, or an administrator handed the stage to someone else.
 * The pure rule's own message, the same the server would answer.
 */
function whyNoStep(input: ActionsInput, actions: readonly WorkflowAction[]): string | undefined {
  const action = input.state === 'in_review' ? 'approve' : input.state === 'approved' ? 'publish' : undefined
  if (!action || actions.includes(action) || actions.includes('sign_off')) return undefined
  const decision = decideTransition({ ...input, action, comment: 'opinion' })
  return !decision.ok && EXPLAINED.includes(decision.code) ? decision.message : undefined
}

/** Who the current stage was handed to, as far as this user may be told. */
function assigneeNote(
  assigneeId: string | number | null,
  user: Pick<User, 'id'>,
  people: readonly Colleague[],
  lang: 'zh' | 'en',
): string | undefined {
  if (assigneeId === null || assigneeId === undefined) return undefined
  const zh = lang === 'zh'
  if (String(assigneeId) === String(user.id)) return zh ? '已改派给您' : 'handed to you'
  const person = people.find((colleague) => String(colleague.id) === String(assigneeId))
  if (person) return zh ? `已改派给 ${person.name}` : `handed to ${person.name}`
  return zh ? '已改派给指定同事' : 'handed to a colleague'
}

function useReviewDocument(collectionSlug: string | undefined, id: string | number | undefined) {
  const api = useWorkflowApi()
  // Unknown until the newest version is read: no state or button is shown before, so nobody acts on a guess.
  const [doc, setDoc] = useState<PanelDoc | null>(null)
  const [log, setLog] = useState<LogEntry[]>([])
  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    // `trash=true`: the panel also shows on a trashed document's page (state and log, no actions).
    const found = await api<Record<string, unknown>>(`/${collectionSlug}/${id}?draft=true&depth=0&trash=true`)
    if (found.ok) {
      setDoc({
        state: isWorkflowState(found.data.workflowStatus) ? found.data.workflowStatus : 'draft',
        authors: authorIds(found.data.contentAuthors),
        position: positionOf(found.data),
        inTrash: Boolean(found.data.deletedAt),
      })
    }
    const entries = await api<{ docs: LogEntry[] }>(
      `/reviews?where[documentCollection][equals]=${collectionSlug}&where[documentId][equals]=${id}&sort=-createdAt&limit=50&depth=0`,
    )
    if (entries.ok) setLog(entries.data.docs)
  }, [api, collectionSlug, id])
  useEffect(() => {
    void load()
  }, [load])
  return { doc, log }
}

function panelView(doc: PanelDoc, workflow: WorkflowDefinition, user: User, now: Date) {
  const input: ActionsInput = {
    state: doc.state,
    roles: user.roles ?? [],
    userId: user.id,
    contentAuthorIds: doc.authors,
    workflow,
    position: doc.position,
    now,
  }
  // A trashed document takes no workflow step until it is restored (the server answers 404).
  const actions = doc.inTrash ? [] : availableActions(input)
  return {
    actions,
    stage: stageOf(doc.state, doc.position, workflow, now),
    steps: stageSteps(workflow, doc.state, doc.position, now),
    blocked: doc.inTrash ? undefined : whyNoStep(input, actions),
  }
}

/**
 * The review panel in a document's sidebar: the state, the stages as steps (who passed each and
 * when, where it waits now, what is to come), the steps this user may take now (the same rule
 * the server applies, so no button is ever refused), and the review log. For articles it shows
 * the review checks; while they report errors, approving asks for a written reason (checksGate.ts).
 */
export function WorkflowPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const api = useWorkflowApi()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  // The version on screen: a step names it, so nobody approves or publishes text saved after it.
  const versionOnScreen = useFormFields(([fields]) => fields.updatedAt?.value as string | undefined)
  const workflow = useCollectionWorkflow(collectionSlug)
  const { doc, log } = useReviewDocument(collectionSlug, id)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [checkErrors, setCheckErrors] = useState(0)

  const now = new Date()
  const view = doc && workflow && user ? panelView(doc, workflow, user, now) : undefined
  const isAdmin = Boolean(user?.roles?.includes('admin'))
  const people = useStagePeople(view?.stage, isAdmin && Boolean(view?.actions.includes('reassign')))

  if (!id || !user) return null
  if (!doc || !view) {
    return (
      <p className="workflow-panel" aria-busy="true" style={{ marginBottom: '1.5rem' }}>
        {lang === 'zh' ? '正在读取审稿状态…' : 'Reading the review status…'}
      </p>
    )
  }

  const send = async (body: Record<string, unknown>) => {
    setBusy(true)
    setError(undefined)
    const result = await api(`/${collectionSlug}/${id}/workflow`, {
      method: 'POST',
      body: JSON.stringify({ ...body, ...(versionOnScreen ? { version: versionOnScreen } : {}) }),
    })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    // The saved version changed under the form: reload so the editor shows exactly what is stored.
    window.location.reload()
  }
  const take = (action: WorkflowAction, extras: StepExtras) => void send({ action, ...extras })

  // The findings sit beside the panel, not inside it: `.workflow-panel details` is the review log.
  return (
    <>
      <div className="workflow-panel" style={{ marginBottom: '1.5rem' }}>
        <p style={{ margin: '0 0 0.5rem' }}>
          {lang === 'zh' ? '审稿状态：' : 'Review status: '}
          <strong className={`workflow-badge workflow-badge--${doc.state}`}>{STATE_LABELS[doc.state][lang]}</strong>
        </p>
        <StageSteps
          steps={view.steps}
          lang={lang}
          now={now}
          assignee={assigneeNote(doc.position.assigneeId, user, people, lang)}
        />
        {doc.state === 'approved' && view.steps.every((step) => step.status === 'done') ? (
          <p className="workflow-panel__waiting" style={{ margin: '0 0 0.5rem' }}>
            {lang === 'zh' ? '各阶段均已通过，等待发布。' : 'Every stage is passed: waiting for publication.'}
          </p>
        ) : null}
        {doc.inTrash ? (
          <p style={{ margin: '0 0 0.5rem' }}>
            {lang === 'zh'
              ? '这篇稿件在回收站中，恢复后才能继续审稿。'
              : 'This document is in the trash; restore it to take review steps.'}
          </p>
        ) : null}
        {view.blocked ? (
          <p className="workflow-panel__blocked" role="note" style={{ margin: '0 0 0.5rem' }}>
            {inLanguage(view.blocked, lang)}
          </p>
        ) : null}
        <ActionForm
          actions={view.actions.filter((action) => action !== 'reassign')}
          stage={view.stage}
          checkErrors={checkErrors}
          busy={busy}
          lang={lang}
          onTake={take}
        />
        {view.actions.includes('reassign') && view.stage ? (
          <ReassignControl
            stage={view.stage}
            people={people}
            assigneeId={doc.position.assigneeId}
            busy={busy}
            lang={lang}
            onReassign={(assignee) => void send({ action: 'reassign', assignee })}
          />
        ) : null}
        {error ? (
          <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {error}
          </p>
        ) : null}
        <ReviewLog log={log} lang={lang} />
      </div>
      {collectionSlug === 'articles' ? <CheckFindings id={id} lang={lang} onErrors={setCheckErrors} /> : null}
    </>
  )
}
