/**
 * Fields that record the workflow rather than the content: changing them is not an edit. That
 * includes `deletedAt`, the recycle bin's mark (guardTrashMoves decides who may set it). Pure.
 */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'workflowStatus',
  'contentAuthors',
  'lastEditedBy',
  'scheduledFor',
  'reviewStage',
  'signOff',
  'stageAssignee',
  'printedCredits',
  '_status',
  'deletedAt',
  'updatedAt',
  'createdAt',
  'id',
])

/**
 * What only the workflow may change (guardWrites refuses a user's write that sends other values):
 * a save that overwrites a newer version deliberately sends these as that version has them.
 */
export const WORKFLOW_RECORDS = [
  'workflowStatus',
  'contentAuthors',
  'scheduledFor',
  'reviewStage',
  'signOff',
  'stageAssignee',
  'printedCredits',
] as const
