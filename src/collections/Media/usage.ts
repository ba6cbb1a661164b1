import type { FieldAccess, JoinField, Where } from 'payload'

import { isStaffUser } from '@/access/roles'
import { richTextImagesName } from '@/fields/richTextImages'
import { bilingual } from '@/i18n/bilingual'

/**
 * Every place a document shows an image: upload fields, and rich text through the upload
 * relationship that mirrors its images (fields/richTextImages.ts). A new upload field or rich-text
 * field that can show images belongs in this list, or its images stay private.
 */
export const MEDIA_USES = [
  { collection: 'articles', field: 'coverImage', hasMany: false, join: 'usedAsArticleCover', label: ['题图所在稿件', 'Cover of'] },
  {
    collection: 'articles',
    field: richTextImagesName('body'),
    hasMany: true,
    join: 'usedInArticleBodies',
    label: ['正文中使用的稿件', 'In the text of'],
  },
  { collection: 'projects', field: 'photos', hasMany: true, join: 'usedAsProjectPhoto', label: ['使用该照片的项目', 'Photo of'] },
  {
    collection: 'projects',
    field: richTextImagesName('description'),
    hasMany: true,
    join: 'usedInProjectDescriptions',
    label: ['项目详情中使用', 'In the description of'],
  },
] as const

export type MediaUse = (typeof MEDIA_USES)[number]

/** The field that records whether a live document uses the image (kept by liveUse/refreshMediaUse.ts). */
export const USED_BY_PUBLISHED = 'usedByPublished'

const staffOnly: FieldAccess = ({ req }) => isStaffUser(req.user)

/**
 * The documents that use an image, one join field per place, shown to staff on the image's page:
 * whether it is in use decides whether readers may see it. Readers never read or query them.
 */
export const usageFields: JoinField[] = MEDIA_USES.map(({ join, collection, field, label }) => ({
  name: join,
  type: 'join',
  collection,
  on: field,
  label: bilingual(label[0], label[1]),
  defaultLimit: 10,
  access: { read: staffOnly },
  admin: { allowCreate: false },
}))

/**
 * The images readers may see: marked public by an editor, or used by a live document. "Used" is a
 * flag on the image kept in the documents' own transactions (liveUse/), not worked out by the
 * query: asked through the join fields above, PostgreSQL joins every document that uses the image,
 * and for a cover shared by 100,000 articles one read took 2–3 s (10–15 ms with the flag).
 */
export const readableByReaders = (): Where => ({
  or: [{ public: { equals: true } }, { [USED_BY_PUBLISHED]: { equals: true } }],
})
