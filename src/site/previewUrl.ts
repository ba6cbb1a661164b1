import type { GeneratePreviewURL, PayloadRequest, RootLivePreviewConfig } from 'payload'

import { sitePathOf } from './previewPath'

/**
 * The admin's "preview" button and live-preview panel open the site through /next/preview, which
 * checks the login before switching draft mode on. The address must be absolute and on the
 * admin's own origin: the live-preview panel only talks to a frame whose URL starts with it.
 */
const previewAddress = (req: PayloadRequest, collection: string, doc: Record<string, unknown>): string => {
  const origin = req.payload.config.serverURL || req.origin || ''
  return `${origin}/next/preview?path=${encodeURIComponent(sitePathOf(collection, doc))}`
}

export const sitePreview =
  (collection: string): GeneratePreviewURL =>
  (doc, { req }) =>
    previewAddress(req, collection, doc)

export const livePreview: RootLivePreviewConfig = {
  collections: ['articles', 'projects', 'honors'],
  url: ({ data, collectionConfig, req }) =>
    collectionConfig ? previewAddress(req, collectionConfig.slug, data) : null,
  breakpoints: [
    { label: '手机 / Phone', name: 'phone', width: 390, height: 844 },
    { label: '平板 / Tablet', name: 'tablet', width: 820, height: 1180 },
  ],
}
