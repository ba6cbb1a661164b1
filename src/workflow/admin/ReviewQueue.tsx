'use client'
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ADMIN_ROLE, REVIEWER_ROLES } from '@/access/roles'
import type { User } from '@/payload-types'

import { availableActions, stageOf } from '../decide'
import { EDITORIAL_COLLECTIONS, type EditorialCollection } from '../editorialCollections'
import { authorIds } from '../payload/authorIds'
import { positionOf } from '../payload/positionRecord'
import type { Label } from '../states'
import { waitedFor } from '../statusLine'
import { fetchWorkflow } from './collectionWorkflow'
import { useWorkflowApi } from './useWorkflowApi'

const COLLECTION_LABELS: Record<EditorialCollection, Label> = {
  articles: { zh: '报道', en: 'Articles' },
  projects: { zh: '援藏项目', en: 'Projects' },
  honors: { zh: '荣誉', en: 'Honors' },
}

interface Waiting {
  id: number
  title: string
  /** Since when it waits here: it entered the stage, or (waiting for publication) it was approved. */
  since?: string
  /** An administrator handed this stage to the user. */
  handedToYou: boolean
}

interface Group {
  key: string
  collection: EditorialCollection
  stage: Label
  /** Approved at the release stage, waiting for its people to publish. */
  forRelease: boolean
  index: number
  docs: Waiting[]
}

type Api = ReturnType<typeof useWorkflowApi>

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? doc.id)

/**
 * What waits for `user` in one collection, by stage: the documents in review that they may pass
 * at the stage they sit at, and the approved ones they may publish. The same rule as the review
 * panel's buttons (availableActions), so nothing is listed that they may not act on: not what they
 * wrote, not a version they passed another stage of, not a stage handed to someone else.
 */
async function waitingIn(api: Api, collection: EditorialCollection, user: User, now: Date): Promise<Group[]> {
  const [workflow, found] = await Promise.all([
    fetchWorkflow(api, collection),
    api<{ docs: Record<string, unknown>[] }>(
      `/${collection}?draft=true&depth=0&limit=100&where[workflowStatus][in][0]=in_review&where[workflowStatus][in][1]=approved`,
    ),
  ])
  const groups = new Map<string, Group>()
  for (const doc of found.ok ? found.data.docs : []) {
    const state = doc.workflowStatus === 'approved' ? 'approved' : 'in_review'
    const position = positionOf(doc)
    const actions = availableActions({
      state,
      roles: user.roles ?? [],
      userId: user.id,
      contentAuthorIds: authorIds(doc.contentAuthors),
      workflow,
      position,
      now,
    })
    const mayAct =
      state === 'approved' ? actions.includes('publish') : actions.some((a) => a === 'approve' || a === 'sign_off')
    const stage = stageOf(state, position, workflow, now)
    if (!mayAct || !stage) continue
    const forRelease = state === 'approved'
    const key = `${stage.key}:${forRelease}`
    const group = groups.get(key) ?? {
      key: `${collection}:${key}`,
      collection,
      stage: stage.name,
      forRelease,
      index: stage.index + (forRelease ? 0.5 : 0),
      docs: [],
    }
    const approvedAt = position.passes.find((pass) => pass.stageKey === stage.key)?.at
    group.docs.push({
      id: Number(doc.id),
      title: titleOf(doc),
      since: forRelease ? (approvedAt ?? stage.enteredAt) : stage.enteredAt,
      handedToYou: position.assigneeId !== null && String(position.assigneeId) === String(user.id),
    })
    groups.set(key, group)
  }
  for (const group of groups.values()) {
    // The longest waiting first: that is the one to take up.
    group.docs.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''))
  }
  return [...groups.values()].sort((a, b) => a.index - b.index)
}

const holdsStageRole = (user: User | null | undefined) =>
  Boolean(user?.roles?.some((role) => role === ADMIN_ROLE || (REVIEWER_ROLES as readonly string[]).includes(role)))

/**
 * 待我审核: on the dashboard, per stage, what waits for this user's stages and how long it has
 * waited there (「已等待 3 小时」), and what waits at the release stage for publication. Shown to
 * the people of the stages and to administrators, who may act at every stage.
 */
export function ReviewQueue() {
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const api = useWorkflowApi()
  const [groups, setGroups] = useState<Group[]>()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const zh = lang === 'zh'
  const reviewer = holdsStageRole(user)

  useEffect(() => {
    if (!user || !reviewer) return
    let current = true
    void (async () => {
      const now = new Date()
      const found = await Promise.all(EDITORIAL_COLLECTIONS.map((collection) => waitingIn(api, collection, user, now)))
      if (current) setGroups(found.flat())
    })()
    return () => {
      current = false
    }
  }, [api, reviewer, user])

  if (!user || !reviewer) return null
  const now = new Date()
  return (
    <section className="review-queue" style={{ marginBottom: '2rem' }}>
      <h2>{zh ? '待我审核' : 'Waiting for my review'}</h2>
      {groups === undefined ? null : groups.length === 0 ? (
        <p>{zh ? '暂无待您审核的稿件。' : 'Nothing is waiting for you.'}</p>
      ) : (
        groups.map((group) => (
          <div key={group.key} className="review-queue__group" data-stage={group.stage.zh}>
            <h3 style={{ margin: '0.75rem 0 0.25rem', fontSize: '1rem' }}>
              {COLLECTION_LABELS[group.collection][lang]} · {group.stage[lang] || group.stage.zh}
              {group.forRelease ? (zh ? ' · 待发布' : ' · to publish') : ''}（{group.docs.length}）
            </h3>
            <ul style={{ margin: 0 }}>
              {group.docs.map((doc) => (
                <li key={doc.id} className="review-queue__item">
                  <a href={`${config.routes.admin}/collections/${group.collection}/${doc.id}`}>{doc.title}</a>{' '}
                  <small className="review-queue__waited">
                    {[waitedFor(doc.since, now, lang), doc.handedToYou ? (zh ? '改派给您' : 'handed to you') : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </small>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  )
}
