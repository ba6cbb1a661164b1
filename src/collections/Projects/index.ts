import type { CollectionConfig } from 'payload'

import { editorialAccess, editorialVersions } from '@/collections/shared/editorial'
import { slugField } from '@/fields/slug'
import { finiteNumber } from '@/fields/finiteNumber'
import { richTextImagesField } from '@/fields/richTextImages'
import { bilingual } from '@/i18n/bilingual'
import { FUNDING_TYPES, optionsOf, PROJECT_CATEGORIES, PROJECT_STATUSES } from '@/vocabulary'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '@/site/revalidation/revalidateSiteHooks'
import { sitePreview } from '@/site/previewUrl'
import { applyWorkflow } from '@/workflow/payload/applyWorkflow'

import { validateCompletionDate } from './validateCompletionDate'

export const DEFAULT_COUNTY = '昂仁县'

export const Projects: CollectionConfig = applyWorkflow({
  slug: 'projects',
  labels: { singular: bilingual('援藏项目', 'Aid project'), plural: bilingual('援藏项目', 'Aid projects') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'workflowStatus', 'categories', 'investment', 'fundingType', 'status', 'year'],
    listSearchableFields: ['name', 'slug', 'summary'],
    group: bilingual('内容', 'Content'),
    preview: sitePreview('projects'),
  },
  versions: editorialVersions,
  access: editorialAccess,
  defaultSort: 'name',
  hooks: { afterChange: [revalidateSiteAfterChange], afterDelete: [revalidateSiteAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: bilingual('项目名称', 'Name') },
    {
      name: 'categories',
      type: 'select',
      hasMany: true,
      index: true,
      required: true,
      options: optionsOf(PROJECT_CATEGORIES),
      label: bilingual('项目类别', 'Categories'),
      admin: { description: bilingual('一个项目可同时计入多个类别', 'A project may count in several categories') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'investment',
          type: 'number',
          validate: finiteNumber,
          min: 0,
          index: true,
          label: bilingual('投资额（万元）', 'Investment (10,000 yuan)'),
          admin: { step: 0.01, description: bilingual('未知时留空', 'Leave empty when unknown') },
        },
        {
          name: 'fundingType',
          type: 'select',
          required: true,
          defaultValue: 'aid_funds',
          index: true,
          options: optionsOf(FUNDING_TYPES),
          label: bilingual('资金性质', 'Funding'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'quantity',
          type: 'number',
          validate: finiteNumber,
          min: 0,
          label: bilingual('建设数量', 'Quantity'),
          admin: { description: bilingual('如“4处”“10个”', 'e.g. 4 sites, 10 greenhouses') },
        },
        { name: 'quantityUnit', type: 'text', maxLength: 10, label: bilingual('数量单位', 'Unit') },
      ],
    },
    {
      name: 'county',
      type: 'text',
      defaultValue: DEFAULT_COUNTY,
      maxLength: 40,
      label: bilingual('县', 'County'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'township',
      type: 'text',
      hasMany: true,
      maxLength: 40,
      index: true,
      label: bilingual('乡镇', 'Townships'),
      admin: { position: 'sidebar', description: bilingual('县级项目留空', 'Empty for county-level projects') },
    },
    {
      name: 'village',
      type: 'text',
      hasMany: true,
      maxLength: 40,
      label: bilingual('村', 'Villages'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      // Payload's own draft state (_status) already owns the enum name "enum_projects_status".
      enumName: 'enum_projects_construction_status',
      required: true,
      defaultValue: 'planned',
      index: true,
      options: optionsOf(PROJECT_STATUSES),
      label: bilingual('建设状态', 'Status'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: bilingual('开工日期', 'Start date') },
        {
          name: 'completionDate',
          type: 'date',
          label: bilingual('竣工日期', 'Completion date'),
          validate: validateCompletionDate,
        },
        {
          name: 'year',
          type: 'number',
          validate: finiteNumber,
          min: 1990,
          max: 2100,
          index: true,
          label: bilingual('年度', 'Year'),
          admin: { step: 1 },
        },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 2000, label: bilingual('项目简介', 'Summary') },
    // Images in the description stay ids in API answers, as in an article's body.
    { name: 'description', type: 'richText', maxDepth: 0, label: bilingual('项目详情', 'Description') },
    richTextImagesField('description'),
    { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, label: bilingual('项目照片', 'Photos') },
    slugField('name'),
  ],
})
