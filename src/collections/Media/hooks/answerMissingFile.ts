import type { CollectionSlug, PayloadRequest, UploadConfig } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'
import { headersWithCors } from 'payload'

const MISSING_FILE =
  '图片文件缺失：图片记录仍在，但服务器上找不到文件，请重新上传。 / The image file is missing: its record exists but the file is not on the server; upload it again.'
const NO_SUCH_FILE = '找不到这张图片。 / No such image.'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Payload answers a file that is gone from the upload folder (a lost disk, a restore without the
 * media folder) with a 500, as if the server had failed: it is a 404, and says which. Runs after
 * Payload's access check and before it reads the file, which it then does as usual.
 */
/** Whether an image of the collection has this file, as its original or as one of its sizes. */
async function hasRecord(req: PayloadRequest, collection: CollectionSlug, filename: string): Promise<boolean> {
  const sizes = req.payload.collections[collection]?.config.upload.imageSizes ?? []
  const found = await req.payload.db.findOne({
    collection,
    req,
    where: {
      or: [
        { filename: { equals: filename } },
        ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } })),
      ],
    },
  })
  return Boolean(found)
}

// Payload's type allows a Response or nothing, not both from one function: hence the assertion.
export const answerMissingFile = (async (req, { doc, params }) => {
  const dir = req.payload.collections[params.collection as CollectionSlug]?.config.upload.staticDir
  // A name with a path in it is Payload's to refuse (400); only plain names are looked up here.
  if (!dir || path.basename(params.filename) !== params.filename) return undefined
  try {
    await fs.stat(path.resolve(dir, params.filename))
    return undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  // Payload looked the record up only for readers (staff read unfiltered): the name may be wrong
  // rather than the file lost, which only the record tells.
  const known = Boolean(doc) || (await hasRecord(req, params.collection as CollectionSlug, params.filename))
  if (known) req.payload.logger.error(`The file ${params.filename} of ${params.collection} is missing from ${dir}.`)
  return Response.json(
    { errors: [{ name: 'NotFound', message: known ? MISSING_FILE : NO_SUCH_FILE }] },
    { status: 404, headers: headersWithCors({ headers: new Headers(), req }) },
  )
}) as FileHandler
