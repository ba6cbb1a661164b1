import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { staffOnly } from '@/access/staffOnly'
import { bilingual } from '@/i18n/bilingual'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '@/site/revalidation/revalidateSiteHooks'

import { refuseRemoteFiles } from './hooks/refuseRemoteFiles'

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
    // Photos are published with the articles; only staff may change them.
    read: () => true,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
  },
  hooks: {
    beforeOperation: [refuseRemoteFiles],
    afterChange: [revalidateSiteAfterChange],
    afterDelete: [revalidateSiteAfterDelete],
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
  ],
}
