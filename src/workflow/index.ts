/** The editorial workflow: pure rules, applied to articles, projects and honors by Payload adapters. */
export { WORKFLOW_STATES, STATE_LABELS, isWorkflowState, type WorkflowState, type Label } from './states'
export { WORKFLOW_ACTIONS, ACTION_LABELS, ACTION_PHRASES, isWorkflowAction, type WorkflowAction } from './actions'
export {
  TRANSITIONS,
  COMMENT_REQUIRED,
  FOUR_EYES_ACTIONS,
  STAGE_PASSING_ACTIONS,
  ROLE_NAMES,
  type Transition,
  type Who,
} from './transitions'
export {
  validateDefinition,
  firstStage,
  releaseStage,
  type StageDefinition,
  type WorkflowDefinition,
  type DefinitionProblem,
} from './stages/definition'
export { DEFAULT_WORKFLOWS } from './stages/defaultWorkflows'
export {
  NOT_IN_REVIEW,
  enterFirstStage,
  stageAfter,
  passedBy,
  printedCredits,
  positionAfterContentChange,
  type ReviewPosition,
  type StagePass,
  type StageSnapshot,
} from './stages/position'
export {
  decideTransition,
  availableActions,
  requiresComment,
  stageOf,
  type ActionsInput,
  type Assignee,
  MAX_COMMENT_LENGTH,
  PUBLISH_NOW_TOLERANCE_MS,
  type DecisionInput,
  type Decision,
  type Allowed,
  type Refusal,
  type RefusalCode,
} from './decide'
export { contentChangeEffect, afterContentChange, type ContentChangeEffect } from './contentChange'
export {
  gateOnChecks,
  readOverrideReason,
  MIN_OVERRIDE_REASON_LENGTH,
  MAX_OVERRIDE_REASON_LENGTH,
  type GateCode,
} from './checksGate'
