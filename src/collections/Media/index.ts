import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { staffOnly } from '@/access/staffOnly'
import { bilingual } from '@/i18n/bilingual'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '@/site/revalidation/revalidateSiteHooks'

import { publishedMediaOrStaff } from './access/publishedMediaOrStaff'
import { answerMissingFile } from './hooks/answerMissingFile'
import { hiddenFileIsNotFound } from './hooks/hiddenFileIsNotFound'
import { keepUsageFlag } from './hooks/keepUsageFlag'
import { refuseRemoteFiles } from './hooks/refuseRemoteFiles'
import { skipUsageForReaders } from './hooks/skipUsageForReaders'
import { USED_BY_PUBLISHED, usageFields } from './usage'

/** Raster images only: SVG can carry script, and the site never needs anything else. */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']

export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR || 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: bilingual('图片', 'Image'), plural: bilingual('图片', 'Images') },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'caption', 'credit', 'updatedAt'],
    group: bilingual('内容', 'Content'),
  },
  access: {
    // An upload is not public the moment it lands: readers see an image once a published
    // document uses it, or an editor marks it public (usage.ts). Only staff may change images.
    read: publishedMediaOrStaff,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
  },
  hooks: {
    beforeOperation: [refuseRemoteFiles, skipUsageForReaders],
    beforeChange: [keepUsageFlag],
    afterChange: [revalidateSiteAfterChange],
    afterDelete: [revalidateSiteAfterDelete],
    afterError: [hiddenFileIsNotFound],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: IMAGE_MIME_TYPES,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 450, position: 'centre' },
      { name: 'feature', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    handlers: [answerMissingFile],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      label: bilingual('替代文字', 'Alt text'),
      admin: { description: bilingual('为视障读者描述图片内容', 'Describes the image for readers who cannot see it') },
    },
    { name: 'caption', type: 'textarea', maxLength: 1000, label: bilingual('图片说明', 'Caption') },
    { name: 'credit', type: 'text', maxLength: 200, label: bilingual('摄影/来源', 'Credit') },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      label: bilingual('公开（未被已发布内容引用时也公开）', 'Public (even when no published content uses it)'),
      admin: {
        position: 'sidebar',
        description: bilingual(
          '不勾选时，图片只随使用它的已发布稿件或项目公开。',
          'Unticked, the image is public only while published content uses it.',
        ),
      },
    },
    {
      name: USED_BY_PUBLISHED,
      type: 'checkbox',
      defaultValue: false,
      label: bilingual('已被已发布内容使用', 'Used by published content'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: bilingual(
          '由系统维护：稿件或项目发布、撤下、移入回收站时更新。',
          'Kept by the system: updated when a story or project is published, taken down or trashed.',
        ),
      },
    },
    ...usageFields,
  ],
}
