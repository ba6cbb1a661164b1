'use client'
import {
  Button,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormBackgroundProcessing,
  useFormModified,
  useFormProcessing,
  useTranslation,
} from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { formatAdminDate } from '@/i18n/adminDates'
import { WORKFLOW_RECORDS } from '@/workflow/bookkeeping'

import { documentText, textChanges } from '../conflictText'
import { versionToken } from '../versionToken'

interface NewerVersion {
  updatedAt: string
  by?: string
  text: string
  /** What the workflow recorded on the newer version, sent back unchanged by an overwrite. */
  records: Record<string, unknown>
}

/** The fields editors write, first in the comparison; the rest follow. */
const TEXT_FIRST = ['kicker', 'title', 'subtitle', 'name', 'lead', 'summary', 'body', 'description']
const unsavedKey = (collection: string, id: number | string) => `column-cms:unsaved:${collection}:${id}`

/**
 * When a save is refused because a colleague saved a newer version (the server answers 409, see
 * guardBaseVersion.ts), the editor gets this dialog instead of a passing toast: who saved and when,
 * their own unsaved text beside the newer one with the differences marked, and two ways on: reload
 * the newer version (their own text is kept and shown again after the reload, for copying) or
 * overwrite it deliberately, having seen what they replace.
 */
export function EditConflictDialog() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const { getData, dispatchFields, submit } = useForm()
  const processing = useFormProcessing()
  const autosaving = useFormBackgroundProcessing()
  const modified = useFormModified()
  const [newer, setNewer] = useState<NewerVersion | null>(null)
  const [kept, setKept] = useState<string | null>(null)
  const wasSaving = useRef(false)
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  // Text kept from before a reload, shown until the editor dismisses it.
  useEffect(() => {
    if (!id || !collectionSlug) return
    setKept(window.sessionStorage.getItem(unsavedKey(collectionSlug, id)))
  }, [collectionSlug, id])

  const checkForNewerVersion = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`${api}/${collectionSlug}/${id}/newest-version`, { credentials: 'include' })
    if (!response.ok) return
    const newest = (await response.json()) as {
      version: string | null
      savedBy: string | null
      doc: Record<string, unknown>
    }
    const mine = getData() as Record<string, unknown>
    if (newest.version && newest.version !== versionToken(mine.updatedAt)) {
      setNewer({
        updatedAt: newest.version,
        by: newest.savedBy ?? (zh ? '另一位同事' : 'Someone else'),
        text: documentText(newest.doc, TEXT_FIRST),
        records: Object.fromEntries(WORKFLOW_RECORDS.map((field) => [field, newest.doc[field] ?? null])),
      })
    }
  }, [api, collectionSlug, getData, id, zh])

  // A save (the button or autosave) has just ended and the form still holds unsaved changes: it
  // was refused. Ask the server whether a newer version is why.
  useEffect(() => {
    const saving = processing || autosaving
    if (saving) {
      wasSaving.current = true
      return
    }
    if (!wasSaving.current) return
    wasSaving.current = false
    if (modified) void checkForNewerVersion()
  }, [autosaving, checkForNewerVersion, modified, processing])

  if (!id || !collectionSlug) return null
  const mine = documentText(getData() as Record<string, unknown>, TEXT_FIRST)

  const reload = () => {
    window.sessionStorage.setItem(unsavedKey(collectionSlug, id), mine)
    window.location.reload()
  }
  const overwrite = async () => {
    if (!newer) return
    // Based on the newer version now: the server lets the save replace it, deliberately.
    dispatchFields({ type: 'UPDATE', path: 'updatedAt', value: newer.updatedAt })
    setNewer(null)
    await submit({
      action: `${api}/${collectionSlug}/${id}?draft=true&depth=0`,
      method: 'PATCH',
      // The editor's content on the newer version's workflow records (who wrote it, its state).
      overrides: { ...newer.records, _status: 'draft', updatedAt: newer.updatedAt },
      skipValidation: true,
    })
  }
  const forget = () => {
    window.sessionStorage.removeItem(unsavedKey(collectionSlug, id))
    setKept(null)
  }

  return (
    <>
      {kept ? (
        <div className="edit-conflict-kept" role="note" style={{ marginBottom: '1.5rem' }}>
          <p style={{ margin: '0 0 0.5rem' }}>
            {zh ? '您重新加载前未保存的文字（可复制）：' : 'Your unsaved text from before the reload (to copy):'}
          </p>
          <textarea
            readOnly
            value={kept}
            rows={6}
            style={{ width: '100%' }}
            aria-label={zh ? '未保存的文字' : 'Unsaved text'}
          />
          <Button buttonStyle="secondary" size="small" onClick={forget}>
            {zh ? '不再显示' : 'Dismiss'}
          </Button>
        </div>
      ) : null}
      {newer ? (
        <div
          role="dialog"
          aria-modal="true"
          aria-labelledby="edit-conflict-title"
          className="edit-conflict"
          style={{
            position: 'fixed',
            inset: 0,
            zIndex: 1000,
            background: 'rgba(0,0,0,0.45)',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            padding: '1rem',
          }}
        >
          <div
            style={{
              background: 'var(--theme-elevation-0, #fff)',
              maxWidth: '72rem',
              width: '100%',
              maxHeight: '90vh',
              overflow: 'auto',
              padding: '1.5rem',
              borderRadius: '4px',
            }}
          >
            <h2 id="edit-conflict-title" style={{ marginTop: 0 }}>
              {zh ? '稿件已被他人修改' : 'Someone else changed this document'}
            </h2>
            <p>
              {zh
                ? `${newer.by} 于 ${formatAdminDate(newer.updatedAt)} 保存了更新的版本。您的修改还没有保存，仍在下面。`
                : `${newer.by} saved a newer version at ${formatAdminDate(newer.updatedAt)}. Your changes are not saved yet; they are below.`}
            </p>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: '1rem' }}>
              <label>
                {zh ? '您的文字' : 'Your text'}
                <textarea className="edit-conflict__mine" readOnly value={mine} rows={12} style={{ width: '100%' }} />
              </label>
              <label>
                {zh ? '最新版本' : 'The newer version'}
                <textarea
                  className="edit-conflict__theirs"
                  readOnly
                  value={newer.text}
                  rows={12}
                  style={{ width: '100%' }}
                />
              </label>
            </div>
            <p style={{ marginBottom: '0.25rem' }}>
              {zh
                ? '区别（删除线：仅最新版本有；下划线：仅您的文字有）：'
                : 'Differences (struck: only in the newer version; underlined: only in yours):'}
            </p>
            <div
              className="edit-conflict__changes"
              style={{
                whiteSpace: 'pre-wrap',
                border: '1px solid var(--theme-elevation-150, #ddd)',
                padding: '0.5rem',
                maxHeight: '12rem',
                overflow: 'auto',
              }}
            >
              {textChanges(newer.text, mine).map((change, index) =>
                change.side === 'both' ? (
                  <span key={index}>{change.text}</span>
                ) : change.side === 'theirs' ? (
                  <del key={index} style={{ background: '#fde2e1' }}>
                    {change.text}
                  </del>
                ) : (
                  <ins key={index} style={{ background: '#dcf5dc' }}>
                    {change.text}
                  </ins>
                ),
              )}
            </div>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '1rem' }}>
              <Button buttonStyle="primary" onClick={reload}>
                {zh ? '加载最新版本（保留我的文字以便复制）' : 'Load the newer version (keep my text to copy)'}
              </Button>
              <Button buttonStyle="secondary" onClick={() => void overwrite()}>
                {zh ? '用我的文字覆盖' : 'Overwrite with my text'}
              </Button>
              <Button buttonStyle="secondary" onClick={() => void navigator.clipboard?.writeText(mine)}>
                {zh ? '复制我的文字' : 'Copy my text'}
              </Button>
            </div>
          </div>
        </div>
      ) : null}
    </>
  )
}
