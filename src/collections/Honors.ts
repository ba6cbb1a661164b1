import type { CollectionConfig } from 'payload'

import { editorialAccess, editorialVersions } from '@/collections/shared/editorial'
import { finiteNumber } from '@/fields/finiteNumber'
import { bilingual } from '@/i18n/bilingual'
import { HONOR_LEVELS, optionsOf } from '@/vocabulary'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '@/site/revalidation/revalidateSiteHooks'
import { sitePreview } from '@/site/previewUrl'
import { applyWorkflow } from '@/workflow/payload/applyWorkflow'

export const WORK_GROUP = '淄博市第九批援藏工作组'

export const Honors: CollectionConfig = applyWorkflow({
  slug: 'honors',
  labels: { singular: bilingual('荣誉', 'Honor'), plural: bilingual('荣誉', 'Honors') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflowStatus', 'level', 'awardedBy', 'year'],
    listSearchableFields: ['title', 'awardedBy', 'recipient'],
    group: bilingual('内容', 'Content'),
    preview: sitePreview('honors'),
  },
  versions: editorialVersions,
  access: editorialAccess,
  defaultSort: 'level',
  hooks: { afterChange: [revalidateSiteAfterChange], afterDelete: [revalidateSiteAfterDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: bilingual('荣誉称号', 'Title') },
    {
      name: 'level',
      type: 'select',
      required: true,
      index: true,
      options: optionsOf(HONOR_LEVELS),
      label: bilingual('级别', 'Level'),
    },
    { name: 'awardedBy', type: 'text', required: true, maxLength: 200, label: bilingual('授予单位', 'Awarded by') },
    {
      name: 'recipient',
      type: 'text',
      defaultValue: WORK_GROUP,
      maxLength: 200,
      label: bilingual('获奖者', 'Recipient'),
    },
    {
      name: 'year',
      type: 'number',
      validate: finiteNumber,
      min: 1990,
      max: 2100,
      index: true,
      label: bilingual('年度', 'Year'),
      admin: { step: 1, description: bilingual('未知时留空', 'Leave empty when unknown') },
    },
    { name: 'description', type: 'textarea', maxLength: 2000, label: bilingual('说明', 'Description') },
  ],
})
