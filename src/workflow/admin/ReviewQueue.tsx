'use client'
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { formatAdminDate } from '@/i18n/adminDates'

import { EDITORIAL_COLLECTIONS } from '../editorialCollections'

import { availableActions } from '../decide'
import { authorIds } from '../payload/authorIds'
import { useWorkflowApi } from './useWorkflowApi'

interface Waiting {
  collection: string
  id: number
  title: string
  /** When the waiting version was saved: an edit during review (autosave included) shows here. */
  updatedAt: string
}

/**
 * 待我审核: on the dashboard, what waits for review that this reviewer may approve (not their own),
 * with when the waiting version was saved: an edit made during review keeps the story here, and
 * the reviewer sees it was changed.
 */
export function ReviewQueue() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const api = useWorkflowApi()
  const [waiting, setWaiting] = useState<Waiting[]>()
  const zh = i18n.language !== 'en'

  useEffect(() => {
    if (!user) return
    void (async () => {
      const found: Waiting[] = []
      for (const collection of EDITORIAL_COLLECTIONS) {
        const result = await api<{ docs: Record<string, unknown>[] }>(
          `/${collection}?draft=true&depth=0&limit=50&sort=updatedAt&where[workflowStatus][equals]=in_review`,
        )
        for (const doc of result.ok ? result.data.docs : []) {
          const mayApprove = availableActions(
            'in_review',
            (user.roles as string[]) ?? [],
            user.id,
            authorIds(doc.contentAuthors),
          )
          if (!mayApprove.includes('approve')) continue
          const title = String(doc.title ?? doc.name ?? doc.id)
          found.push({ collection, id: Number(doc.id), title, updatedAt: String(doc.updatedAt) })
        }
      }
      setWaiting(found)
    })()
  }, [api, user])

  if (!user || !['admin', 'reviewer'].some((role) => (user.roles as string[])?.includes(role))) return null
  return (
    <section className="review-queue" style={{ marginBottom: '2rem' }}>
      <h2>{zh ? '待我审核' : 'Waiting for my review'}</h2>
      {waiting === undefined ? null : waiting.length === 0 ? (
        <p>{zh ? '暂无待审稿件。' : 'Nothing is waiting for you.'}</p>
      ) : (
        <ul>
          {waiting.map((doc) => (
            <li key={`${doc.collection}-${doc.id}`}>
              <a href={`${config.routes.admin}/collections/${doc.collection}/${doc.id}`}>{doc.title}</a>{' '}
              <small>
                {zh
                  ? `（最后保存于 ${formatAdminDate(doc.updatedAt)}）`
                  : `(last saved ${formatAdminDate(doc.updatedAt)})`}
              </small>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
