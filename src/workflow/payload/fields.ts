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
    // Where this version stands in review: the stage it sits at, as defined when it entered
    // (stages/position.ts). Shown by the review panel, written by the workflow only.
    name: 'reviewStage',
    type: 'json',
    label: bilingual('审核阶段', 'Review stage'),
    access: { read: staffOnly },
    admin: { hidden: true },
  },
  {
    // Who passed each stage of this version and when: the sign-off chain (责任编辑, 审核, 签发).
    // An edit makes a new version, which starts with none.
    name: 'signOff',
    type: 'json',
    label: bilingual('签发记录', 'Sign-off chain'),
    access: { read: staffOnly },
    admin: { hidden: true },
  },
  {
    // The one colleague an administrator handed the current stage to (改派); empty: anyone of it.
    name: 'stageAssignee',
    type: 'relationship',
    relationTo: 'users',
    label: bilingual('改派给', 'Assigned to'),
    access: { read: staffOnly },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.stageAssignee) },
  },
  {
    // What the newspaper prints at the end of the published story (责任编辑：… 签发：…), taken
    // from the sign-off chain when the version is published. Public: it is part of the story.
    name: 'printedCredits',
    type: 'json',
    label: bilingual('见报署名', 'Printed credits'),
    admin: { hidden: true },
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
