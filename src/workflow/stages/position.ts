import type { Label } from '../states'
import { firstStage, type StageDefinition, type WorkflowDefinition } from './definition'

/**
 * Where one version stands in its workflow, and who has passed it. It belongs to the version (it
 * is saved with it), so an edit, which makes a new version, starts with nobody's approval.
 */

/** The stage a version sits at, as the definition said when it entered: it finishes that stage. */
export type StageSnapshot = StageDefinition & {
  /** Its place in the definition when entered: where to go on if the definition lost the stage. */
  index: number
  /** ISO time it entered the stage: the dashboard shows how long it has waited there. */
  enteredAt: string
}

/** One step of the sign-off chain: someone passed a stage of this exact version. */
export type StagePass = {
  stageKey: string
  stage: Label
  printedAs: string
  userId: string | number
  /** The real name, as printed (taken when they passed, so a later rename changes no record). */
  name: string
  at: string
  /** `sign_off` when approving at the release stage published at once (签发). */
  action: 'approve' | 'sign_off' | 'publish'
}

export interface ReviewPosition {
  /** Present while the version is in review or waits at the release stage (approved, scheduled). */
  stage: StageSnapshot | null
  passes: readonly StagePass[]
  /** Set by an administrator to hand the stage to one person; cleared when the stage is left. */
  assigneeId: string | number | null
}

export const NOT_IN_REVIEW: ReviewPosition = { stage: null, passes: [], assigneeId: null }

export const snapshotOf = (stage: StageDefinition, index: number, now: Date): StageSnapshot => ({
  ...stage,
  roles: [...stage.roles],
  index,
  enteredAt: now.toISOString(),
})

/** A submitted version enters the first stage with nobody's approval. */
export function enterFirstStage(workflow: WorkflowDefinition, now: Date): ReviewPosition {
  const stage = firstStage(workflow)
  return { stage: stage ? snapshotOf(stage, 0, now) : null, passes: [], assigneeId: null }
}

/**
 * The stage after the one a version sits at, in the definition as it is now. The stage is found
 * by its key. One an administrator removed meanwhile is placed by its old position: the stages
 * that followed it moved up into that place, so the next one now sits at its old index (or, when
 * the definition got shorter than that, is the last stage). Going on at old index + 1 would skip
 * the stage that followed it, and when that was the release stage, release without a 签发.
 * Undefined when there is none: the version passed the last stage.
 */
export function stageAfter(
  workflow: WorkflowDefinition,
  current: StageSnapshot,
): { stage: StageDefinition; index: number } | undefined {
  if (current.release) return undefined
  const found = workflow.stages.findIndex((stage) => stage.key === current.key)
  // A stored index that is not one (an old or damaged record) counts from the start: repeating a
  // stage is safe, skipping one is not.
  const old = Number.isInteger(current.index) && current.index >= 0 ? current.index : 0
  const index = found >= 0 ? found + 1 : Math.min(old, workflow.stages.length - 1)
  const stage = workflow.stages[index]
  return stage ? { stage, index } : undefined
}

/** Whether `userId` has passed any stage of this version. Ids compare as strings (7 and '7'). */
export const passedBy = (position: ReviewPosition, userId: string | number) =>
  position.passes.find((pass) => String(pass.userId) === String(userId))

/** The names the newspaper prints at the end of a published story (责任编辑：… 签发：…). */
export const printedCredits = (passes: readonly StagePass[]): { label: string; name: string }[] =>
  passes
    .filter((pass) => pass.printedAs.trim() !== '')
    .map((pass) => ({ label: pass.printedAs.trim(), name: pass.name }))

/**
 * Where a version stands after its content changed (re-approval on edit): every approval belonged
 * to the text before the change, so they are all gone, and a version still in review starts again
 * at the first stage. Outside review it stands nowhere.
 */
export function positionAfterContentChange(nextState: string, workflow: WorkflowDefinition, now: Date): ReviewPosition {
  return nextState === 'in_review' ? enterFirstStage(workflow, now) : NOT_IN_REVIEW
}
