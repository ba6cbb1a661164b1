import type { DecisionInput } from '../../../src/workflow/decide'
import type { StageDefinition, WorkflowDefinition } from '../../../src/workflow/stages/definition'
import { DEFAULT_WORKFLOWS } from '../../../src/workflow/stages/defaultWorkflows'
import { NOT_IN_REVIEW, snapshotOf, type ReviewPosition, type StagePass } from '../../../src/workflow/stages/position'

/** Shared by the workflow unit tests: the definitions of 1, 2 and 3 stages and the people in them. */

export const NOW = new Date('2025-06-01T10:00:00.000Z')
/** When the version entered the stage it sits at in the fixtures. */
export const ENTERED = '2025-06-01T08:00:00.000Z'

/** The user acting in a test, and the author of the version (someone else unless a test says so). */
export const ME = 7
export const AUTHOR = 99
/** The people who passed the earlier stages of a fixture position: neither ME nor AUTHOR. */
export const EARLIER_REVIEWERS = [101, 102, 103] as const

export const LEGACY_REVIEWER = ['first_reviewer', 'second_reviewer', 'final_reviewer']

const stage = (
  key: string,
  zh: string,
  en: string,
  roles: StageDefinition['roles'],
  release: boolean,
  printedAs = '',
): StageDefinition => ({ key, name: { zh, en }, roles, commentRequired: false, release, printedAs })

/** A small desk: one stage, which is the release stage. */
export const ONE: WorkflowDefinition = {
  stages: [stage('desk-final', '终审', 'Final review', ['final_reviewer'], true, '签发')],
}

/** 初审 → 终审, as projects and honors ship. */
export const TWO: WorkflowDefinition = {
  stages: [
    stage('two-first', '初审', 'First review', ['first_reviewer'], false, '责任编辑'),
    stage('two-final', '终审', 'Final review', ['final_reviewer'], true, '签发'),
  ],
}

/** 初审 → 复审 → 终审: the articles' 三审 as shipped. */
export const THREE: WorkflowDefinition = DEFAULT_WORKFLOWS.articles

export const DEFINITIONS = { 'one stage': ONE, 'two stages': TWO, 'three stages': THREE } as const

/** The stage of `workflow` called `zh` (初审, 复审, 终审), with its index. */
export function stageNamed(workflow: WorkflowDefinition, zh: string): { stage: StageDefinition; index: number } {
  const index = workflow.stages.findIndex((s) => s.name.zh === zh)
  if (index < 0) throw new Error(`no stage ${zh}`)
  return { stage: workflow.stages[index], index }
}

export const passOf = (
  stageDef: StageDefinition,
  userId: string | number,
  action: StagePass['action'] = 'approve',
): StagePass => ({
  stageKey: stageDef.key,
  stage: stageDef.name,
  printedAs: stageDef.printedAs,
  userId,
  name: `用户${userId}`,
  at: ENTERED,
  action,
})

/**
 * A version sitting at the stage `zh` of `workflow`, every earlier stage passed by a different
 * earlier reviewer (never ME, never AUTHOR).
 */
export function sittingAt(
  workflow: WorkflowDefinition,
  zh: string,
  extra: Partial<ReviewPosition> = {},
): ReviewPosition {
  const { stage: at, index } = stageNamed(workflow, zh)
  return {
    stage: snapshotOf(at, index, new Date(ENTERED)),
    passes: workflow.stages.slice(0, index).map((s, i) => passOf(s, EARLIER_REVIEWERS[i])),
    assigneeId: null,
    ...extra,
  }
}

/** A version that passed every stage (the release stage by `releaseAction`): approved, scheduled or published. */
export function passedAll(
  workflow: WorkflowDefinition,
  releaseAction: StagePass['action'] = 'approve',
): ReviewPosition {
  const last = workflow.stages.length - 1
  return {
    stage: snapshotOf(workflow.stages[last], last, new Date(ENTERED)),
    passes: workflow.stages.map((s, i) => passOf(s, EARLIER_REVIEWERS[i], i === last ? releaseAction : 'approve')),
    assigneeId: null,
  }
}

export { NOT_IN_REVIEW }

/** A colleague an administrator may hand any stage to: a legacy reviewer who took no part yet. */
export const STAND_IN = { id: 50, roles: LEGACY_REVIEWER, name: '代班' }

/** A request by ME on a version written by AUTHOR, with a comment so comment rules pass. */
export const requestBy = (overrides: Partial<DecisionInput>): DecisionInput => ({
  state: 'draft',
  action: 'submit',
  roles: ['editor'],
  userId: ME,
  userName: '我',
  contentAuthorIds: [AUTHOR],
  workflow: THREE,
  comment: '请核实数字。',
  now: NOW,
  ...overrides,
})
