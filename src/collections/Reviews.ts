import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/staffOnly'
import { bilingual } from '@/i18n/bilingual'
import { LOGGED_ACTION_LABELS, LOGGED_ACTIONS } from '@/workflow/actions'
import { EDITORIAL_COLLECTIONS } from '@/workflow/editorialCollections'
import { STATE_LABELS, WORKFLOW_STATES } from '@/workflow/states'

const nobody = () => false

const stateOptions = WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] }))

/**
 * 审稿记录: one entry per workflow step (and per move into or out of the trash), append-only. Entries are written by the server (the
 * workflow, with access overridden); no API may create, change or delete one.
 */
export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: { singular: bilingual('审稿记录', 'Review log entry'), plural: bilingual('审稿记录', 'Review log') },
  admin: {
    useAsTitle: 'action',
    defaultColumns: [
      'createdAt',
      'documentCollection',
      'documentId',
      'action',
      'stage',
      'from',
      'to',
      'actorName',
      'comment',
      'checksOverridden',
    ],
    group: bilingual('审稿', 'Review'),
  },
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  timestamps: true,
  fields: [
    {
      name: 'documentCollection',
      type: 'select',
      required: true,
      index: true,
      options: EDITORIAL_COLLECTIONS.map((value) => ({ value, label: value })),
      label: bilingual('内容类型', 'Collection'),
    },
    { name: 'documentId', type: 'number', required: true, index: true, label: bilingual('文档编号', 'Document') },
    {
      name: 'action',
      type: 'select',
      required: true,
      // Workflow steps and the recycle bin's (移入回收站, 从回收站恢复, 永久删除).
      options: LOGGED_ACTIONS.map((value) => ({ value, label: LOGGED_ACTION_LABELS[value] })),
      label: bilingual('操作', 'Action'),
    },
    {
      name: 'from',
      type: 'select',
      required: true,
      enumName: 'enum_reviews_from_state',
      options: stateOptions,
      label: bilingual('原状态', 'From'),
    },
    {
      name: 'to',
      type: 'select',
      required: true,
      enumName: 'enum_reviews_to_state',
      options: stateOptions,
      label: bilingual('新状态', 'To'),
    },
    {
      // The review stage the step was taken at (初审, 复审, 终审), as it was named then.
      name: 'stage',
      type: 'text',
      label: bilingual('审核阶段', 'Stage'),
    },
    { name: 'stageKey', type: 'text', index: true, label: bilingual('阶段标识', 'Stage key'), admin: { hidden: true } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: bilingual('操作人', 'By') },
    // Kept as text too: the log stays readable if an account is removed, and system steps have no account.
    { name: 'actorName', type: 'text', required: true, label: bilingual('操作人姓名', 'By (name)') },
    { name: 'comment', type: 'textarea', label: bilingual('意见', 'Comment') },
    {
      name: 'publishAt',
      type: 'date',
      label: bilingual('定时发布时间', 'Publish at'),
      // An instant, not a calendar day: shown with its time (2026年12月2日 08:00).
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'versionId', type: 'text', label: bilingual('版本号', 'Version') },
    // The review checks at this step (articles, submit and approve): empty when none ran.
    {
      name: 'checkErrors',
      type: 'number',
      label: bilingual('核查错误数', 'Check errors'),
      admin: { description: bilingual('本步骤时稿件核查发现的错误数', 'Errors the review checks found at this step') },
    },
    {
      name: 'checksOverridden',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: bilingual('忽略核查意见通过', 'Approved over check errors'),
    },
    { name: 'overrideReason', type: 'textarea', label: bilingual('忽略核查的理由', 'Override reason') },
  ],
}
