import React from 'react'

import { currentReader } from '../data/reader'

import { LivePreviewRefresh } from './LivePreviewRefresh'

/**
 * Shown on every page while a staff member previews drafts, so nobody mistakes a draft for what
 * readers see. A draft-mode cookie without a staff login shows the published site and says so.
 */
export async function PreviewBanner({ draftModeOn }: { draftModeOn: boolean }) {
  if (!draftModeOn) return null
  const reader = await currentReader()
  return (
    <div className="preview-banner" role="status">
      {reader.kind === 'preview' ? (
        <>
          预览模式：您看到的是尚未发布的最新草稿，读者看不到。
          <LivePreviewRefresh />
        </>
      ) : (
        <>预览已失效（未登录编辑后台），以下为读者看到的已发布内容。</>
      )}{' '}
      <a href="/next/exit-preview">退出预览</a>
    </div>
  )
}
