import { bilingual } from '@/i18n/bilingual'

/**
 * Where a document version stands in the editorial workflow of articles, projects and honors.
 * The stored values are stable ASCII; the labels are what editors see and what messages name.
 */
export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'approved',
  'published',
  'changes_requested',
  'scheduled',
  'archived',
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export type Label = ReturnType<typeof bilingual>

export const STATE_LABELS: Readonly<Record<WorkflowState, Label>> = {
  draft: bilingual('草稿', 'Draft'),
  in_review: bilingual('待审', 'In review'),
  approved: bilingual('已通过', 'Approved'),
  published: bilingual('已发布', 'Published'),
  changes_requested: bilingual('退回修改', 'Changes requested'),
  scheduled: bilingual('定时发布', 'Scheduled'),
  archived: bilingual('已撤下', 'Taken down'),
}

// `includes` compares values, so strings such as '__proto__' or 'constructor' are simply unknown.
export const isWorkflowState = (value: unknown): value is WorkflowState =>
  typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)
