/** The editorial workflow: pure rules, applied to articles, projects and honors by Payload adapters. */
export { WORKFLOW_STATES, STATE_LABELS, isWorkflowState, type WorkflowState, type Label } from './states'
export { WORKFLOW_ACTIONS, ACTION_LABELS, ACTION_PHRASES, isWorkflowAction, type WorkflowAction } from './actions'
export { TRANSITIONS, COMMENT_REQUIRED, FOUR_EYES_ACTIONS, ROLE_NAMES, type Transition } from './transitions'
export {
  decideTransition,
  availableActions,
  requiresComment,
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
