import type { ReviewPosition, StagePass, StageSnapshot } from '../stages/position'

/**
 * How a version's review position is stored on it: the stage snapshot and the sign-off chain as
 * JSON (only the workflow writes them, so their shape is the pure module's), the assignee as a
 * relationship, so a deleted account cannot leave a stage assigned to nobody.
 */
export interface PositionRecord {
  reviewStage: StageSnapshot | null
  signOff: StagePass[]
  stageAssignee: number | null
}

export const positionRecord = (position: ReviewPosition): PositionRecord => ({
  reviewStage: position.stage,
  signOff: [...position.passes],
  stageAssignee: position.assigneeId === null ? null : Number(position.assigneeId),
})

/** The id of a relationship value, populated or not. */
export const relationId = (value: unknown): string | number | null =>
  value && typeof value === 'object'
    ? ((value as { id?: string | number }).id ?? null)
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : null

const isSnapshot = (value: unknown): value is StageSnapshot =>
  Boolean(value && typeof value === 'object' && typeof (value as StageSnapshot).key === 'string')

/** The position a stored version records (versions from before the stages record none). */
export const positionOf = (doc: {
  reviewStage?: unknown
  signOff?: unknown
  stageAssignee?: unknown
}): ReviewPosition => ({
  stage: isSnapshot(doc.reviewStage) ? doc.reviewStage : null,
  passes: Array.isArray(doc.signOff) ? (doc.signOff as StagePass[]) : [],
  assigneeId: relationId(doc.stageAssignee),
})
