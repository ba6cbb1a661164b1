import type { CollectionBeforeOperationHook } from 'payload'

import { publicError } from '@/errors/publicError'

const NO_REMOTE_FILES =
  '请直接上传图片文件，不支持从网址抓取。 / Upload the image file itself; images are not fetched from URLs.'

/**
 * Payload fetches the image at `url` when a new document is created with a `url` and a `filename`
 * instead of a file: any editor could make the server request addresses of their choosing (its own
 * block for private addresses answers 500, public hosts are fetched). The newsroom uploads files,
 * so a write may carry only the URL the document already has (the admin sends it back unchanged).
 */
export const refuseRemoteFiles: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Payload moves a submitted URL out of the data before this hook runs (and fetches it later):
  // the request's own body still has it.
  const sent = (req.data ?? args.data) as { url?: unknown } | undefined
  const url: unknown = sent?.url
  if (url === undefined || url === null || url === '') return args
  // An update of one document (bulk updates have a where instead, and no URL of their own).
  const id = (args as { id?: number | string }).id
  if (operation === 'update' && id !== undefined && id !== null) {
    const current = await req.payload.findByID({
      collection: collection.slug as 'media',
      id,
      depth: 0,
      req,
      disableErrors: true,
      overrideAccess: true,
    })
    if (current && current.url === url) return args
  }
  throw publicError(NO_REMOTE_FILES, 400, 'RemoteFileError')
}
