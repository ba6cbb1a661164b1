import type { CollectionConfig } from 'payload'

import { articleVersions, editorialAccess } from '@/collections/shared/editorial'
import { bylinesField } from '@/fields/bylines'
import { richTextImagesField } from '@/fields/richTextImages'
import { slugField } from '@/fields/slug'
import { bilingual } from '@/i18n/bilingual'
import { ARTICLE_TOPICS, optionsOf } from '@/vocabulary'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '@/site/revalidation/revalidateSiteHooks'
import { sitePreview } from '@/site/previewUrl'
import { applyWorkflow } from '@/workflow/payload/applyWorkflow'
import { checksEndpoint } from '@/review-checks/payload/checksEndpoint'

export const DEFAULT_SOURCE = '大众日报淄博融媒体中心'

export const Articles: CollectionConfig = applyWorkflow({
  slug: 'articles',
  labels: { singular: bilingual('专栏稿件', 'Article'), plural: bilingual('专栏稿件', 'Articles') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflowStatus', 'topics', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'kicker', 'subtitle', 'slug'],
    group: bilingual('内容', 'Content'),
    preview: sitePreview('articles'),
  },
  versions: articleVersions,
  access: editorialAccess,
  defaultSort: '-publishedAt',
  hooks: { afterChange: [revalidateSiteAfterChange], afterDelete: [revalidateSiteAfterDelete] },
  endpoints: [checksEndpoint],
  fields: [
    { name: 'kicker', type: 'text', maxLength: 200, label: bilingual('引题', 'Kicker') },
    { name: 'title', type: 'text', required: true, maxLength: 200, label: bilingual('主标题', 'Title') },
    { name: 'subtitle', type: 'text', maxLength: 200, label: bilingual('副题', 'Subtitle') },
    {
      name: 'lead',
      type: 'textarea',
      maxLength: 2000,
      label: bilingual('导语/摘要', 'Lead'),
      admin: { description: bilingual('列表和分享时显示的导语', 'Shown in lists and when shared') },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      label: bilingual('正文', 'Body'),
      // Images in the body stay ids in API answers: populating every image of every article in a
      // list tripled its size and cost. The site loads a page's images in one query.
      maxDepth: 0,
    },
    richTextImagesField('body'),
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: bilingual('题图', 'Cover image') },
    bylinesField,
    {
      name: 'source',
      type: 'text',
      defaultValue: DEFAULT_SOURCE,
      maxLength: 100,
      label: bilingual('来源', 'Source'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      index: true,
      options: optionsOf(ARTICLE_TOPICS),
      label: bilingual('报道领域', 'Topics'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedProjects',
      type: 'relationship',
      relationTo: 'projects',
      hasMany: true,
      label: bilingual('相关项目', 'Related projects'),
    },
    {
      name: 'relatedHonors',
      type: 'relationship',
      relationTo: 'honors',
      hasMany: true,
      label: bilingual('相关荣誉', 'Related honors'),
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: bilingual('发布时间', 'Published at'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    slugField('title'),
  ],
})
