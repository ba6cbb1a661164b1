import type { Field } from 'payload'
import type { FieldAccess } from 'payload'

import { isStaffUser } from '@/access/roles'
import { bilingual } from '@/i18n/bilingual'

import { STATE_LABELS, WORKFLOW_STATES } from '../states'

/**
 * The workflow's bookkeeping on every editorial document. Each is versioned with the content, so
 * a published document and its pending edit each carry their own state. Only the workflow writes
 * them (guardWrites refuses anything else); the admin shows them read-only.
 */
const staffOnly: FieldAccess = ({ req }) => isStaffUser(req.user)

export const workflowFields: Field[] = [
  {
    name: 'reviewPanel',
    type: 'ui',
    label: bilingual('审稿', 'Review'),
    admin: { position: 'sidebar', components: { Field: '@/workflow/admin/WorkflowPanel#WorkflowPanel' } },
  },
  {
    name: 'workflowStatus',
    type: 'select',
    // Not `required`: documents from before the workflow read as drafts (see isWorkflowState checks).
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    label: bilingual('审稿状态', 'Review status'),
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Cell: '@/workflow/admin/StatusBadgeCell#StatusBadgeCell' },
    },
  },
  {
    name: 'contentAuthors',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    label: bilingual('本版作者', 'Written by'),
    // Who wrote or changed this version since it was last published: they may not approve it.
    access: { read: staffOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    label: bilingual('最后保存者', 'Last saved by'),
    // Who saved this version: named to a colleague whose save it would otherwise overwrite.
    access: { read: staffOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'scheduledFor',
    type: 'date',
    index: true,
    label: bilingual('定时发布时间', 'Scheduled for'),
    access: { read: staffOnly },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
]

export { BOOKKEEPING_FIELDS } from '../bookkeeping'
