import { stageOf } from '../decide'
import type { WorkflowDefinition } from '../stages/definition'
import { stageAfter, type ReviewPosition, type StagePass } from '../stages/position'
import type { Label, WorkflowState } from '../states'

export type StepStatus = 'done' | 'current' | 'upcoming'

/** One stage of a document's review as the panel draws it. */
export interface Step {
  key: string
  name: Label
  status: StepStatus
  release: boolean
  /** Who passed it and when (done). */
  pass?: StagePass
  /** When the version entered it (current). */
  enteredAt?: string
}

/**
 * The stages of a document's review as steps, from what its version records: the stages passed
 * (the sign-off chain, in the order they were passed: a stage an administrator removed since still
 * shows who passed it), the stage it sits at, and the stages still to come in the definition as it
 * is now. Pure, for the review panel.
 * - in review: done, current, to come;
 * - approved or scheduled: done, and the release stage as current while nobody has signed it off
 *   (a version approved before the stages existed);
 * - published, taken down: the chain of that version only, nothing "to come";
 * - draft, sent back: every stage to come (an edit or a sending back cleared the approvals).
 */
export function stageSteps(
  workflow: WorkflowDefinition,
  state: WorkflowState,
  position: ReviewPosition,
  now: Date,
): Step[] {
  const done: Step[] = position.passes.map((pass) => ({
    key: pass.stageKey,
    name: pass.stage,
    status: 'done',
    release: workflow.stages.find((stage) => stage.key === pass.stageKey)?.release ?? false,
    pass,
  }))
  const releasable = state === 'in_review' || state === 'approved' || state === 'scheduled'
  if (!releasable) {
    if (done.length > 0 || state === 'published' || state === 'archived') return done
    return workflow.stages.map((stage) => ({
      key: stage.key,
      name: stage.name,
      status: 'upcoming',
      release: stage.release,
    }))
  }
  const current = stageOf(state, position, workflow, now)
  if (!current) return done
  const passed = (key: string) => done.some((step) => step.key === key)
  const steps = [...done]
  if (!passed(current.key)) {
    steps.push({
      key: current.key,
      name: current.name,
      status: 'current',
      release: current.release,
      enteredAt: current.enteredAt,
    })
  }
  if (state !== 'in_review') return steps
  const next = stageAfter(workflow, current)
  const upcoming = next ? workflow.stages.slice(next.index) : []
  return [
    ...steps,
    ...upcoming
      .filter((stage) => !passed(stage.key) && stage.key !== current.key)
      .map((stage): Step => ({ key: stage.key, name: stage.name, status: 'upcoming', release: stage.release })),
  ]
}
