import { describe, expect, it } from 'vitest'

import { WORKFLOW_ACTIONS } from '../../../src/workflow/actions'
import { decideTransition, requiresComment, type Decision, type DecisionInput } from '../../../src/workflow/decide'
import type { WorkflowDefinition } from '../../../src/workflow/stages/definition'
import type { ReviewPosition } from '../../../src/workflow/stages/position'
import { WORKFLOW_STATES, type WorkflowState } from '../../../src/workflow/states'
import {
  AUTHOR,
  LEGACY_REVIEWER,
  ME,
  NOT_IN_REVIEW,
  ONE,
  passedAll,
  requestBy,
  sittingAt,
  STAND_IN,
  THREE,
  TWO,
} from './fixtures'

const refusal = (decision: Decision) => (decision.ok ? null : { status: decision.status, code: decision.code })

// ---------------------------------------------------------------------------------------------
// The expected matrices, written out by hand (not derived from the transition table under test):
// for each definition, each role set, each state and stage the version sits at, each action.

const ACTIONS = [
  'submit',
  'withdraw',
  'approve',
  'request_changes',
  'sign_off',
  'publish',
  'unpublish',
  'cancel_schedule',
  'reassign',
] as const

/** Refusals, by status and code. */
const ROLE = '403 role_not_allowed' // none of the user's roles may ever take the action
const STAGE = '403 not_your_stage' // the version sits at a stage that is not the user's
const STATE = '409 not_possible_in_state'
const EARLY = '409 not_release_stage' // 签发 before the release stage

/** Allowed: the state it leads to, and for `in_review` the stage it then sits at. */
type Outcome =
  | typeof ROLE
  | typeof STAGE
  | typeof STATE
  | typeof EARLY
  | `in_review@${'初审' | '复审' | '终审'}`
  | Exclude<WorkflowState, 'in_review'>

/** Where the version stands, one row of a matrix. The stages are named as in the definitions. */
type Row =
  | 'draft'
  | 'in_review, no stage on record'
  | 'in_review @初审'
  | 'in_review @复审'
  | 'in_review @终审'
  | 'approved'
  | 'approved, no stage on record'
  | 'published'
  | 'changes_requested'
  | 'scheduled'
  | 'archived'

type Matrix = Partial<Record<Row, readonly Outcome[]>>

/** The version a row stands for: every earlier stage passed by other people, never by ME. */
function versionAt(row: Row, workflow: WorkflowDefinition): { state: WorkflowState; position: ReviewPosition } {
  if (row.startsWith('in_review @')) return { state: 'in_review', position: sittingAt(workflow, row.slice(11)) }
  switch (row) {
    case 'in_review, no stage on record':
      return { state: 'in_review', position: NOT_IN_REVIEW }
    case 'approved':
      return { state: 'approved', position: passedAll(workflow) }
    case 'approved, no stage on record':
      return { state: 'approved', position: NOT_IN_REVIEW }
    case 'published':
    case 'scheduled':
      return { state: row, position: passedAll(workflow, 'sign_off') }
    default:
      return { state: row as WorkflowState, position: NOT_IN_REVIEW }
  }
}

// ----- one stage: 终审 (final_reviewer, release) ------------------------------------------------

// prettier-ignore
const ONE_EDITOR: Matrix = {
  //                               submit            withdraw  approve  request_changes  sign_off  publish  unpublish  cancel_schedule  reassign
  'draft':                         ['in_review@终审', STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review, no stage on record': [STATE,           'draft',  ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @终审':               [STATE,           'draft',  ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved':                      [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved, no stage on record':  [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'published':                     [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'changes_requested':             ['in_review@终审', STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'scheduled':                     [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'archived':                      ['in_review@终审', STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
}

// prettier-ignore
const ONE_FINAL: Matrix = {
  //                               submit            withdraw  approve     request_changes      sign_off     publish      unpublish   cancel_schedule  reassign
  'draft':                         ['in_review@终审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
  'in_review, no stage on record': [STATE,           'draft',  'approved', 'changes_requested', 'published', STATE,       STATE,      STATE,           ROLE],
  'in_review @终审':               [STATE,           'draft',  'approved', 'changes_requested', 'published', STATE,       STATE,      STATE,           ROLE],
  'approved':                      [STATE,           STATE,    STATE,      'changes_requested', STATE,       'published', STATE,      STATE,           ROLE],
  'approved, no stage on record':  [STATE,           STATE,    STATE,      'changes_requested', STATE,       'published', STATE,      STATE,           ROLE],
  'published':                     [STATE,           STATE,    STATE,      STATE,               STATE,       STATE,       'archived', STATE,           ROLE],
  'changes_requested':             ['in_review@终审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
  'scheduled':                     [STATE,           STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      'approved',      ROLE],
  'archived':                      ['in_review@终审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
}

// prettier-ignore
const ONE_ADMIN: Matrix = {
  //                               submit            withdraw  approve     request_changes      sign_off     publish      unpublish   cancel_schedule  reassign
  'draft':                         ['in_review@终审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           STATE],
  'in_review, no stage on record': [STATE,           'draft',  'approved', 'changes_requested', 'published', STATE,       STATE,      STATE,           'in_review@终审'],
  'in_review @终审':               [STATE,           'draft',  'approved', 'changes_requested', 'published', STATE,       STATE,      STATE,           'in_review@终审'],
  'approved':                      [STATE,           STATE,    STATE,      'changes_requested', STATE,       'published', STATE,      STATE,           'approved'],
  'approved, no stage on record':  [STATE,           STATE,    STATE,      'changes_requested', STATE,       'published', STATE,      STATE,           'approved'],
  'published':                     [STATE,           STATE,    STATE,      STATE,               STATE,       STATE,       'archived', STATE,           STATE],
  'changes_requested':             ['in_review@终审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           STATE],
  'scheduled':                     [STATE,           STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      'approved',      STATE],
  'archived':                      ['in_review@终审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           STATE],
}

// ----- two stages: 初审 (first_reviewer) → 终审 (final_reviewer, release) ---------------------

// prettier-ignore
const TWO_EDITOR: Matrix = {
  //                               submit            withdraw  approve  request_changes  sign_off  publish  unpublish  cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review, no stage on record': [STATE,           'draft',  ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @初审':               [STATE,           'draft',  ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @终审':               [STATE,           'draft',  ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved':                      [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved, no stage on record':  [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'published':                     [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'changes_requested':             ['in_review@初审', STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'scheduled':                     [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'archived':                      ['in_review@初审', STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
}

// prettier-ignore
const TWO_FIRST: Matrix = {
  //                               submit            withdraw  approve           request_changes      sign_off  publish  unpublish  cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review, no stage on record': [STATE,           'draft',  'in_review@终审', 'changes_requested', ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @初审':               [STATE,           'draft',  'in_review@终审', 'changes_requested', ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @终审':               [STATE,           'draft',  STAGE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved':                      [STATE,           STATE,    STATE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved, no stage on record':  [STATE,           STATE,    STATE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'published':                     [STATE,           STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'changes_requested':             ['in_review@初审', STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'scheduled':                     [STATE,           STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'archived':                      ['in_review@初审', STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
}

// prettier-ignore
const TWO_FINAL: Matrix = {
  //                               submit            withdraw  approve     request_changes      sign_off     publish      unpublish   cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
  'in_review, no stage on record': [STATE,           'draft',  STAGE,      STAGE,               STAGE,       STATE,       STATE,      STATE,           ROLE],
  'in_review @初审':               [STATE,           'draft',  STAGE,      STAGE,               STAGE,       STATE,       STATE,      STATE,           ROLE],
  'in_review @终审':               [STATE,           'draft',  'approved', 'changes_requested', 'published', STATE,       STATE,      STATE,           ROLE],
  'approved':                      [STATE,           STATE,    STATE,      'changes_requested', STATE,       'published', STATE,      STATE,           ROLE],
  'approved, no stage on record':  [STATE,           STATE,    STATE,      'changes_requested', STATE,       'published', STATE,      STATE,           ROLE],
  'published':                     [STATE,           STATE,    STATE,      STATE,               STATE,       STATE,       'archived', STATE,           ROLE],
  'changes_requested':             ['in_review@初审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
  'scheduled':                     [STATE,           STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      'approved',      ROLE],
  'archived':                      ['in_review@初审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
}

// prettier-ignore
const TWO_LEGACY: Matrix = {
  //                               submit            withdraw  approve           request_changes      sign_off     publish      unpublish   cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
  'in_review, no stage on record': [STATE,           'draft',  'in_review@终审', 'changes_requested', EARLY,       STATE,       STATE,      STATE,           ROLE],
  'in_review @初审':               [STATE,           'draft',  'in_review@终审', 'changes_requested', EARLY,       STATE,       STATE,      STATE,           ROLE],
  'in_review @终审':               [STATE,           'draft',  'approved',       'changes_requested', 'published', STATE,       STATE,      STATE,           ROLE],
  'approved':                      [STATE,           STATE,    STATE,            'changes_requested', STATE,       'published', STATE,      STATE,           ROLE],
  'approved, no stage on record':  [STATE,           STATE,    STATE,            'changes_requested', STATE,       'published', STATE,      STATE,           ROLE],
  'published':                     [STATE,           STATE,    STATE,            STATE,               STATE,       STATE,       'archived', STATE,           ROLE],
  'changes_requested':             ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
  'scheduled':                     [STATE,           STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      'approved',      ROLE],
  'archived':                      ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
}

// prettier-ignore
const TWO_ADMIN: Matrix = {
  //                               submit            withdraw  approve           request_changes      sign_off     publish      unpublish   cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           STATE],
  'in_review, no stage on record': [STATE,           'draft',  'in_review@终审', 'changes_requested', EARLY,       STATE,       STATE,      STATE,           'in_review@初审'],
  'in_review @初审':               [STATE,           'draft',  'in_review@终审', 'changes_requested', EARLY,       STATE,       STATE,      STATE,           'in_review@初审'],
  'in_review @终审':               [STATE,           'draft',  'approved',       'changes_requested', 'published', STATE,       STATE,      STATE,           'in_review@终审'],
  'approved':                      [STATE,           STATE,    STATE,            'changes_requested', STATE,       'published', STATE,      STATE,           'approved'],
  'approved, no stage on record':  [STATE,           STATE,    STATE,            'changes_requested', STATE,       'published', STATE,      STATE,           'approved'],
  'published':                     [STATE,           STATE,    STATE,            STATE,               STATE,       STATE,       'archived', STATE,           STATE],
  'changes_requested':             ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           STATE],
  'scheduled':                     [STATE,           STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      'approved',      STATE],
  'archived':                      ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           STATE],
}

// ----- three stages: 初审 (first_reviewer) → 复审 (second_reviewer) → 终审 (final_reviewer) -----

// prettier-ignore
const THREE_EDITOR: Matrix = {
  //                               submit            withdraw  approve  request_changes  sign_off  publish  unpublish  cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review, no stage on record': [STATE,           'draft',  ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @初审':               [STATE,           'draft',  ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @复审':               [STATE,           'draft',  ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @终审':               [STATE,           'draft',  ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved':                      [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved, no stage on record':  [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'published':                     [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'changes_requested':             ['in_review@初审', STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'scheduled':                     [STATE,           STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'archived':                      ['in_review@初审', STATE,    ROLE,    ROLE,            ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
}

// prettier-ignore
const THREE_FIRST: Matrix = {
  //                               submit            withdraw  approve           request_changes      sign_off  publish  unpublish  cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review, no stage on record': [STATE,           'draft',  'in_review@复审', 'changes_requested', ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @初审':               [STATE,           'draft',  'in_review@复审', 'changes_requested', ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @复审':               [STATE,           'draft',  STAGE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @终审':               [STATE,           'draft',  STAGE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved':                      [STATE,           STATE,    STATE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved, no stage on record':  [STATE,           STATE,    STATE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'published':                     [STATE,           STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'changes_requested':             ['in_review@初审', STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'scheduled':                     [STATE,           STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'archived':                      ['in_review@初审', STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
}

// prettier-ignore
const THREE_SECOND: Matrix = {
  //                               submit            withdraw  approve           request_changes      sign_off  publish  unpublish  cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review, no stage on record': [STATE,           'draft',  STAGE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @初审':               [STATE,           'draft',  STAGE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @复审':               [STATE,           'draft',  'in_review@终审', 'changes_requested', ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'in_review @终审':               [STATE,           'draft',  STAGE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved':                      [STATE,           STATE,    STATE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'approved, no stage on record':  [STATE,           STATE,    STATE,            STAGE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'published':                     [STATE,           STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'changes_requested':             ['in_review@初审', STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'scheduled':                     [STATE,           STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
  'archived':                      ['in_review@初审', STATE,    STATE,            STATE,               ROLE,     ROLE,    ROLE,      ROLE,            ROLE],
}

// prettier-ignore
const THREE_FINAL: Matrix = {
  //                               submit            withdraw  approve     request_changes      sign_off     publish      unpublish   cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
  'in_review, no stage on record': [STATE,           'draft',  STAGE,      STAGE,               STAGE,       STATE,       STATE,      STATE,           ROLE],
  'in_review @初审':               [STATE,           'draft',  STAGE,      STAGE,               STAGE,       STATE,       STATE,      STATE,           ROLE],
  'in_review @复审':               [STATE,           'draft',  STAGE,      STAGE,               STAGE,       STATE,       STATE,      STATE,           ROLE],
  'in_review @终审':               [STATE,           'draft',  'approved', 'changes_requested', 'published', STATE,       STATE,      STATE,           ROLE],
  'approved':                      [STATE,           STATE,    STATE,      'changes_requested', STATE,       'published', STATE,      STATE,           ROLE],
  'approved, no stage on record':  [STATE,           STATE,    STATE,      'changes_requested', STATE,       'published', STATE,      STATE,           ROLE],
  'published':                     [STATE,           STATE,    STATE,      STATE,               STATE,       STATE,       'archived', STATE,           ROLE],
  'changes_requested':             ['in_review@初审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
  'scheduled':                     [STATE,           STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      'approved',      ROLE],
  'archived':                      ['in_review@初审', STATE,    STATE,      STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
}

/** Today's `reviewer`, migrated to every stage role: may act at every stage, but not reassign. */
// prettier-ignore
const THREE_LEGACY: Matrix = {
  //                               submit            withdraw  approve           request_changes      sign_off     publish      unpublish   cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
  'in_review, no stage on record': [STATE,           'draft',  'in_review@复审', 'changes_requested', EARLY,       STATE,       STATE,      STATE,           ROLE],
  'in_review @初审':               [STATE,           'draft',  'in_review@复审', 'changes_requested', EARLY,       STATE,       STATE,      STATE,           ROLE],
  'in_review @复审':               [STATE,           'draft',  'in_review@终审', 'changes_requested', EARLY,       STATE,       STATE,      STATE,           ROLE],
  'in_review @终审':               [STATE,           'draft',  'approved',       'changes_requested', 'published', STATE,       STATE,      STATE,           ROLE],
  'approved':                      [STATE,           STATE,    STATE,            'changes_requested', STATE,       'published', STATE,      STATE,           ROLE],
  'approved, no stage on record':  [STATE,           STATE,    STATE,            'changes_requested', STATE,       'published', STATE,      STATE,           ROLE],
  'published':                     [STATE,           STATE,    STATE,            STATE,               STATE,       STATE,       'archived', STATE,           ROLE],
  'changes_requested':             ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
  'scheduled':                     [STATE,           STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      'approved',      ROLE],
  'archived':                      ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           ROLE],
}

// prettier-ignore
const THREE_ADMIN: Matrix = {
  //                               submit            withdraw  approve           request_changes      sign_off     publish      unpublish   cancel_schedule  reassign
  'draft':                         ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           STATE],
  'in_review, no stage on record': [STATE,           'draft',  'in_review@复审', 'changes_requested', EARLY,       STATE,       STATE,      STATE,           'in_review@初审'],
  'in_review @初审':               [STATE,           'draft',  'in_review@复审', 'changes_requested', EARLY,       STATE,       STATE,      STATE,           'in_review@初审'],
  'in_review @复审':               [STATE,           'draft',  'in_review@终审', 'changes_requested', EARLY,       STATE,       STATE,      STATE,           'in_review@复审'],
  'in_review @终审':               [STATE,           'draft',  'approved',       'changes_requested', 'published', STATE,       STATE,      STATE,           'in_review@终审'],
  'approved':                      [STATE,           STATE,    STATE,            'changes_requested', STATE,       'published', STATE,      STATE,           'approved'],
  'approved, no stage on record':  [STATE,           STATE,    STATE,            'changes_requested', STATE,       'published', STATE,      STATE,           'approved'],
  'published':                     [STATE,           STATE,    STATE,            STATE,               STATE,       STATE,       'archived', STATE,           STATE],
  'changes_requested':             ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           STATE],
  'scheduled':                     [STATE,           STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      'approved',      STATE],
  'archived':                      ['in_review@初审', STATE,    STATE,            STATE,               STATE,       STATE,       STATE,      STATE,           STATE],
}

/** Nobody, or strings that are no role: refused everything, whatever the state. */
const refusedEverywhere = (rowsOf: Matrix): Matrix =>
  Object.fromEntries(Object.keys(rowsOf).map((row) => [row, ACTIONS.map(() => ROLE)]))

const JUNK_ROLES = ['Admin', 'reviewer', 'root', '__proto__', 'constructor', 'final_reviewer ', '']

/** [definition, role set, roles, matrix]. A stage role the definition does not name is an editor's. */
const TABLE: [string, WorkflowDefinition, [string, string[], Matrix][]][] = [
  [
    'one stage',
    ONE,
    [
      ['nobody', [], refusedEverywhere(ONE_EDITOR)],
      ['junk roles', JUNK_ROLES, refusedEverywhere(ONE_EDITOR)],
      ['editor', ['editor'], ONE_EDITOR],
      ['first_reviewer', ['first_reviewer'], ONE_EDITOR],
      ['second_reviewer', ['second_reviewer'], ONE_EDITOR],
      ['final_reviewer', ['final_reviewer'], ONE_FINAL],
      ['legacy reviewer', LEGACY_REVIEWER, ONE_FINAL],
      ['editor + final_reviewer', ['editor', 'final_reviewer'], ONE_FINAL],
      ['admin', ['admin'], ONE_ADMIN],
    ],
  ],
  [
    'two stages',
    TWO,
    [
      ['nobody', [], refusedEverywhere(TWO_EDITOR)],
      ['junk roles', JUNK_ROLES, refusedEverywhere(TWO_EDITOR)],
      ['editor', ['editor'], TWO_EDITOR],
      ['first_reviewer', ['first_reviewer'], TWO_FIRST],
      ['second_reviewer', ['second_reviewer'], TWO_EDITOR],
      ['final_reviewer', ['final_reviewer'], TWO_FINAL],
      ['legacy reviewer', LEGACY_REVIEWER, TWO_LEGACY],
      ['first + final_reviewer', ['first_reviewer', 'final_reviewer'], TWO_LEGACY],
      ['admin', ['admin'], TWO_ADMIN],
      ['admin + editor', ['admin', 'editor'], TWO_ADMIN],
    ],
  ],
  [
    'three stages',
    THREE,
    [
      ['nobody', [], refusedEverywhere(THREE_EDITOR)],
      ['junk roles', JUNK_ROLES, refusedEverywhere(THREE_EDITOR)],
      ['editor', ['editor'], THREE_EDITOR],
      ['first_reviewer', ['first_reviewer'], THREE_FIRST],
      ['second_reviewer', ['second_reviewer'], THREE_SECOND],
      ['final_reviewer', ['final_reviewer'], THREE_FINAL],
      ['legacy reviewer', LEGACY_REVIEWER, THREE_LEGACY],
      ['editor + first_reviewer', ['editor', 'first_reviewer'], THREE_FIRST],
      ['admin', ['admin'], THREE_ADMIN],
    ],
  ],
]

const MATRIX_CASES = TABLE.flatMap(([definition, workflow, roleSets]) =>
  roleSets.flatMap(([who, roles, matrix]) =>
    (Object.entries(matrix) as [Row, readonly Outcome[]][]).flatMap(([row, outcomes]) =>
      ACTIONS.map((action, column) => ({ definition, workflow, who, roles, row, action, expected: outcomes[column] })),
    ),
  ),
)

/** The request a matrix cell stands for: reassign names a colleague who may take any stage. */
const matrixRequest = (c: (typeof MATRIX_CASES)[number]): DecisionInput => {
  const { state, position } = versionAt(c.row, c.workflow)
  return requestBy({
    state,
    position,
    action: c.action,
    roles: c.roles,
    workflow: c.workflow,
    ...(c.action === 'reassign' && { assigneeId: STAND_IN.id, assignee: STAND_IN }),
  })
}

describe('decideTransition: definitions of 1, 2 and 3 stages × role sets × states and stages × actions', () => {
  it('covers every state and every action of the module, for every role set', () => {
    expect([...WORKFLOW_ACTIONS].sort()).toEqual([...ACTIONS].sort())
    for (const [, workflow, roleSets] of TABLE) {
      const rows = Object.keys(roleSets[0][2]) as Row[]
      const states = new Set(rows.map((row) => versionAt(row, workflow).state))
      expect([...states].sort()).toEqual([...WORKFLOW_STATES].sort())
      // every stage of the definition has its row
      for (const stage of workflow.stages) expect(rows).toContain(`in_review @${stage.name.zh}`)
      for (const [, , matrix] of roleSets) {
        expect(Object.keys(matrix)).toEqual(rows)
        for (const outcomes of Object.values(matrix)) expect(outcomes).toHaveLength(ACTIONS.length)
      }
    }
    expect(MATRIX_CASES.length).toBe((9 * 9 + 10 * 10 + 9 * 11) * ACTIONS.length)
  })

  it.each(MATRIX_CASES)('$definition, $who: $action on $row → $expected', (c) => {
    const request = matrixRequest(c)
    const decision = decideTransition(request)
    if (c.expected.startsWith('4')) {
      const [status, code] = c.expected.split(' ')
      expect(refusal(decision)).toEqual({ status: Number(status), code })
      return
    }
    const [to, stageName] = c.expected.split('@')
    expect(decision).toMatchObject({ ok: true, from: request.state, to, action: c.action })
    if (!decision.ok) return
    if (stageName) expect(decision.position.stage?.name.zh).toBe(stageName)
    if (to === 'draft' || to === 'changes_requested') expect(decision.position).toEqual(NOT_IN_REVIEW)
  })
})

// ---------------------------------------------------------------------------------------------

describe('decideTransition: four eyes, kept at every stage', () => {
  const mine = { contentAuthorIds: [AUTHOR, ME] }

  it.each([
    ['final_reviewer', ['final_reviewer']],
    ['legacy reviewer', LEGACY_REVIEWER],
    ['admin', ['admin']],
  ])('a %s who wrote the version may not approve, sign off or publish it', (_who, roles) => {
    const requests: Partial<DecisionInput>[] = [
      { state: 'in_review', position: sittingAt(THREE, '终审'), action: 'approve' },
      { state: 'in_review', position: sittingAt(THREE, '终审'), action: 'sign_off' },
      { state: 'in_review', position: sittingAt(THREE, '终审'), action: 'sign_off', publishAt: '2025-06-02T08:00Z' },
      { state: 'approved', position: passedAll(THREE), action: 'publish' },
      { state: 'approved', position: passedAll(THREE), action: 'publish', publishAt: '2025-06-02T08:00Z' },
    ]
    for (const request of requests) {
      expect(refusal(decideTransition(requestBy({ ...request, ...mine, roles })))).toEqual({
        status: 403,
        code: 'four_eyes',
      })
    }
  })

  it('refuses an author at the first stage too', () => {
    const decision = decideTransition(
      requestBy({
        ...mine,
        roles: ['first_reviewer'],
        state: 'in_review',
        position: sittingAt(THREE, '初审'),
        action: 'approve',
      }),
    )
    expect(refusal(decision)).toEqual({ status: 403, code: 'four_eyes' })
  })

  it('matches ids across number and string', () => {
    const at = {
      roles: ['final_reviewer'],
      state: 'in_review' as const,
      position: sittingAt(THREE, '终审'),
      action: 'approve',
    }
    expect(refusal(decideTransition(requestBy({ ...at, userId: 7, contentAuthorIds: ['7'] })))).toEqual({
      status: 403,
      code: 'four_eyes',
    })
    expect(refusal(decideTransition(requestBy({ ...at, userId: '7', contentAuthorIds: [7] })))).toEqual({
      status: 403,
      code: 'four_eyes',
    })
  })

  it('refuses a user without an id rather than guessing', () => {
    const decision = decideTransition(
      requestBy({ roles: ['admin'], userId: '', contentAuthorIds: [], state: 'in_review', action: 'approve' }),
    )
    expect(refusal(decision)).toEqual({ status: 403, code: 'four_eyes' })
  })

  it('does not hold back the actions that keep content from readers', () => {
    const author = { roles: ['final_reviewer'], ...mine }
    const cases: [Partial<DecisionInput>, WorkflowState][] = [
      [{ state: 'in_review', position: sittingAt(THREE, '终审'), action: 'request_changes' }, 'changes_requested'],
      [{ state: 'approved', position: passedAll(THREE), action: 'request_changes' }, 'changes_requested'],
      [{ state: 'published', position: passedAll(THREE), action: 'unpublish' }, 'archived'],
      [{ state: 'scheduled', position: passedAll(THREE), action: 'cancel_schedule' }, 'approved'],
      [{ state: 'in_review', position: sittingAt(THREE, '复审'), action: 'withdraw' }, 'draft'],
      [{ state: 'draft', action: 'submit' }, 'in_review'],
    ]
    for (const [request, to] of cases) {
      expect(decideTransition(requestBy({ ...author, ...request }))).toMatchObject({ ok: true, to })
    }
  })

  it('says why and whom to ask', () => {
    const decision = decideTransition(
      requestBy({
        ...mine,
        roles: ['final_reviewer'],
        state: 'in_review',
        position: sittingAt(THREE, '终审'),
        action: 'approve',
      }),
    )
    expect(!decision.ok && decision.message).toBe(
      '您撰写或修改过这一版本，不能自己通过稿件。请由另一位责任编辑、部门主任、值班总编辑或管理员处理。 / ' +
        'You wrote or changed this version, so you may not approve it yourself. ' +
        'Ask one of the other responsible editors, department heads, duty editors-in-chief or administrators.',
    )
  })
})

describe('decideTransition: comments', () => {
  const atFinal = { roles: ['final_reviewer'], state: 'in_review' as const, position: sittingAt(THREE, '终审') }

  it('requires a comment to request changes and to unpublish, and for passing a stage that asks for one', () => {
    expect(requiresComment('request_changes')).toBe(true)
    expect(requiresComment('unpublish')).toBe(true)
    for (const action of ['submit', 'withdraw', 'approve', 'sign_off', 'publish', 'cancel_schedule', 'reassign']) {
      expect(requiresComment(action)).toBe(false)
    }
    for (const action of ['nonsense', '__proto__', 'constructor'])
      expect(requiresComment(action, { commentRequired: true })).toBe(false)
    expect(requiresComment('approve', { commentRequired: true })).toBe(true)
    expect(requiresComment('sign_off', { commentRequired: true })).toBe(true)
    expect(requiresComment('approve', { commentRequired: false })).toBe(false)
    expect(requiresComment('approve', null)).toBe(false)
    // A stage's opinion is for passing it: other actions keep their own rule.
    expect(requiresComment('publish', { commentRequired: true })).toBe(false)
    expect(requiresComment('withdraw', { commentRequired: true })).toBe(false)
    expect(requiresComment('request_changes', { commentRequired: false })).toBe(true)
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['whitespace only', ' \n\t　'],
  ])('refuses request_changes (at every stage) and unpublish with the comment %s', (_case, comment) => {
    const requests: Partial<DecisionInput>[] = [
      ...THREE.stages.map((s) => ({
        state: 'in_review' as const,
        position: sittingAt(THREE, s.name.zh),
        action: 'request_changes',
      })),
      { state: 'approved', position: passedAll(THREE), action: 'request_changes' },
      { state: 'published', position: passedAll(THREE), action: 'unpublish' },
    ]
    for (const request of requests) {
      const decision = decideTransition(requestBy({ roles: ['admin'], ...request, comment }))
      expect(refusal(decision)).toEqual({ status: 400, code: 'comment_required' })
    }
  })

  it('tells what the comment must say', () => {
    const decision = decideTransition(requestBy({ ...atFinal, action: 'request_changes', comment: '' }))
    expect(!decision.ok && decision.message).toBe(
      '「退回修改」需要填写意见：请说明需要修改什么。 / "Request changes" needs a comment: say what must change.',
    )
  })

  it('checks the comment before the role: even an editor learns the comment is missing', () => {
    const decision = decideTransition(
      requestBy({ roles: ['editor'], state: 'published', action: 'unpublish', comment: '' }),
    )
    expect(refusal(decision)).toEqual({ status: 400, code: 'comment_required' })
  })

  it('accepts 2000 characters, counted as characters, and refuses 2001', () => {
    const send = (comment: string) => decideTransition(requestBy({ ...atFinal, action: 'request_changes', comment }))
    expect(send('改'.repeat(2000))).toMatchObject({ ok: true })
    expect(send('😀'.repeat(2000))).toMatchObject({ ok: true })
    expect(send(`  ${'a'.repeat(2000)}  `)).toMatchObject({ ok: true, comment: 'a'.repeat(2000) })
    expect(refusal(send('改'.repeat(2001)))).toEqual({ status: 400, code: 'comment_too_long' })
  })

  it('limits optional comments too, and drops blank ones', () => {
    const approve = (comment: string) => decideTransition(requestBy({ ...atFinal, action: 'approve', comment }))
    expect(refusal(approve('x'.repeat(2001)))).toEqual({ status: 400, code: 'comment_too_long' })
    const blank = approve('   ')
    expect(blank).toMatchObject({ ok: true, from: 'in_review', to: 'approved', action: 'approve' })
    expect(blank).not.toHaveProperty('comment')
    expect(approve('  很好  ')).toMatchObject({ ok: true, comment: '很好' })
  })

  it('refuses a comment that is not text', () => {
    const decision = decideTransition(
      requestBy({ ...atFinal, action: 'request_changes', comment: { text: 'x' } as unknown as string }),
    )
    expect(refusal(decision)).toEqual({ status: 400, code: 'invalid_comment' })
  })
})

describe('decideTransition: publication time', () => {
  const publish = (publishAt: unknown, roles = ['final_reviewer']) =>
    decideTransition(
      requestBy({
        roles,
        state: 'approved',
        position: passedAll(THREE),
        action: 'publish',
        publishAt: publishAt as string,
      }),
    )

  it('schedules a future time, normalized to UTC', () => {
    expect(publish('2025-06-02T08:00:00+08:00')).toEqual({
      ok: true,
      from: 'approved',
      to: 'scheduled',
      action: 'publish',
      stage: passedAll(THREE).stage,
      position: passedAll(THREE),
      comment: '请核实数字。',
      publishAt: '2025-06-02T00:00:00.000Z',
    })
    expect(publish('2025-06-01T10:00:00.001Z')).toMatchObject({
      to: 'scheduled',
      publishAt: '2025-06-01T10:00:00.001Z',
    })
    expect(publish('2025-06-01T10:30Z')).toMatchObject({ to: 'scheduled', publishAt: '2025-06-01T10:30:00.000Z' })
    expect(publish('2026-01-01T00:00:00-0500')).toMatchObject({
      to: 'scheduled',
      publishAt: '2026-01-01T05:00:00.000Z',
    })
  })

  it('publishes now when the time is now or at most 60 seconds ago', () => {
    for (const at of ['2025-06-01T10:00:00Z', '2025-06-01T09:59:30Z', '2025-06-01T09:59:00.000Z']) {
      const decision = publish(at)
      expect(decision).toMatchObject({ ok: true, to: 'published' })
      expect(decision).not.toHaveProperty('publishAt')
    }
  })

  it('refuses a time more than 60 seconds in the past', () => {
    expect(refusal(publish('2025-06-01T09:58:59.999Z'))).toEqual({ status: 400, code: 'publish_at_in_past' })
    expect(refusal(publish('2020-01-01T00:00:00Z'))).toEqual({ status: 400, code: 'publish_at_in_past' })
  })

  it.each([
    'tomorrow',
    'garbage',
    '2025-13-01T00:00:00Z',
    '2025-02-30T10:00:00Z',
    '2025-06-02T24:00:00Z',
    '2025-06-02T10:60:00Z',
    '2025-06-02T10:00:61Z',
    '2025-06-02T08:00:00', // no time zone: would be read in the server's zone
    '2025-06-02', // a day is not a time
    '1751328000000',
    '2025-06-02T08:00:00+08:00 extra',
  ])('refuses %j as not a valid ISO-8601 date-time', (at) => {
    expect(refusal(publish(at))).toEqual({ status: 400, code: 'invalid_publish_at' })
  })

  it('refuses a publication time that is not a string', () => {
    expect(refusal(publish(1751328000000))).toEqual({ status: 400, code: 'invalid_publish_at' })
    expect(refusal(publish({}))).toEqual({ status: 400, code: 'invalid_publish_at' })
  })

  it('treats a blank or null time as none given', () => {
    expect(publish('')).toMatchObject({ ok: true, to: 'published' })
    expect(publish('   ')).toMatchObject({ ok: true, to: 'published' })
    expect(publish(null)).toMatchObject({ ok: true, to: 'published' })
  })

  it('takes a publication time with publish and sign_off only', () => {
    for (const [state, action] of [
      ['in_review', 'approve'],
      ['in_review', 'request_changes'],
      ['in_review', 'withdraw'],
      ['in_review', 'reassign'],
      ['draft', 'submit'],
      ['scheduled', 'cancel_schedule'],
      ['published', 'unpublish'],
    ] as const) {
      const decision = decideTransition(
        requestBy({
          roles: ['admin'],
          state,
          action,
          publishAt: '2025-06-02T08:00:00+08:00',
          ...(action === 'reassign' && { assigneeId: STAND_IN.id, assignee: STAND_IN }),
        }),
      )
      expect(refusal(decision)).toEqual({ status: 400, code: 'publish_at_not_allowed' })
    }
  })

  it('checks the time before the role and the state', () => {
    expect(refusal(publish('garbage', ['editor']))).toEqual({ status: 400, code: 'invalid_publish_at' })
    const fromDraft = decideTransition(
      requestBy({ roles: ['final_reviewer'], state: 'draft', action: 'publish', publishAt: 'x' }),
    )
    expect(refusal(fromDraft)).toEqual({ status: 400, code: 'invalid_publish_at' })
  })

  it('explains the format it wants', () => {
    const decision = publish('2025-06-02T08:00:00')
    expect(!decision.ok && decision.message).toContain('2025-07-01T08:00:00+08:00')
  })
})

describe('decideTransition: untrusted action and roles', () => {
  it.each([
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'prototype',
    '',
    ' approve',
    'APPROVE',
    'delete',
    'trash',
    'publish\u0000',
  ])('refuses the action %j as unknown, even for an admin', (action) => {
    for (const roles of [[], ['admin'], ['admin', 'editor', ...LEGACY_REVIEWER]]) {
      expect(refusal(decideTransition(requestBy({ action, roles, state: 'in_review' })))).toEqual({
        status: 400,
        code: 'unknown_action',
      })
    }
  })

  it('refuses actions that are not strings', () => {
    for (const action of [null, undefined, 42, {}, ['approve']]) {
      const decision = decideTransition(requestBy({ action: action as unknown as string, roles: ['admin'] }))
      expect(refusal(decision)).toEqual({ status: 400, code: 'unknown_action' })
    }
  })

  it('names the known actions when refusing an unknown one', () => {
    const decision = decideTransition(requestBy({ action: 'aprove' }))
    expect(!decision.ok && decision.message).toMatch(
      /未知的操作"aprove".*通过（approve）.*签发（sign_off）.* \/ Unknown action "aprove"\. Known actions: submit, withdraw, approve, request_changes, sign_off/,
    )
  })

  it.each([
    [['Admin']],
    [['root', 'superuser']],
    [['__proto__', 'constructor', 'toString']],
    [['reviewer']],
    [['final_reviewer ', ' admin']],
    [['']],
  ])('grants nothing to the junk roles %j', (roles) => {
    for (const [state, action] of [
      ['in_review', 'approve'],
      ['in_review', 'sign_off'],
      ['draft', 'submit'],
    ] as const) {
      expect(refusal(decideTransition(requestBy({ roles, state, action })))).toEqual({
        status: 403,
        code: 'role_not_allowed',
      })
    }
  })

  it('ignores junk next to a real role', () => {
    const decision = decideTransition(
      requestBy({
        roles: ['junk', '__proto__', 'first_reviewer'],
        state: 'in_review',
        position: sittingAt(THREE, '初审'),
        action: 'approve',
      }),
    )
    expect(decision).toMatchObject({ ok: true, to: 'in_review' })
  })

  it('grants nothing when roles is not an array of strings', () => {
    for (const roles of ['admin', null, undefined, { 0: 'admin', length: 1 }, [42, null, { role: 'admin' }]]) {
      const decision = decideTransition(
        requestBy({ roles: roles as unknown as string[], state: 'in_review', action: 'approve' }),
      )
      expect(refusal(decision)).toEqual({ status: 403, code: 'role_not_allowed' })
    }
  })
})

describe('decideTransition: messages', () => {
  const message = (decision: Decision) => (decision.ok ? '' : decision.message)

  it('names who may take a refused action, from the definition', () => {
    expect(message(decideTransition(requestBy({ roles: ['editor'], state: 'in_review', action: 'approve' })))).toBe(
      '只有责任编辑、部门主任、值班总编辑或管理员可以通过稿件。 / ' +
        'Only responsible editors, department heads, duty editors-in-chief and administrators may approve.',
    )
    expect(
      message(decideTransition(requestBy({ workflow: ONE, roles: ['editor'], state: 'in_review', action: 'approve' }))),
    ).toBe('只有值班总编辑或管理员可以通过稿件。 / Only duty editors-in-chief and administrators may approve.')
    expect(
      message(decideTransition(requestBy({ roles: ['first_reviewer'], state: 'in_review', action: 'sign_off' }))),
    ).toBe(
      '只有值班总编辑或管理员可以签发稿件。 / Only duty editors-in-chief and administrators may sign off and publish.',
    )
    expect(message(decideTransition(requestBy({ roles: [], state: 'draft', action: 'submit' })))).toBe(
      '只有编辑、责任编辑、部门主任、值班总编辑或管理员可以提交稿件审核。 / ' +
        'Only editors, responsible editors, department heads, duty editors-in-chief and administrators may submit for review.',
    )
  })

  it('names the stage and its people when the version is at another stage', () => {
    const decision = decideTransition(
      requestBy({
        roles: ['first_reviewer'],
        state: 'in_review',
        position: sittingAt(THREE, '复审'),
        action: 'approve',
      }),
    )
    expect(message(decision)).toBe(
      '稿件正处于「复审」阶段，由部门主任或管理员审核，您不能通过稿件。 / ' +
        'The document is at the “Second review” stage, which department heads or administrators review: you may not approve it.',
    )
  })

  it('names the current state and what the user can do instead', () => {
    expect(
      message(
        decideTransition(
          requestBy({ roles: ['final_reviewer'], state: 'published', position: passedAll(THREE), action: 'approve' }),
        ),
      ),
    ).toBe(
      '稿件当前状态为「已发布」，不能执行「通过」。您现在可以：撤下。 / ' +
        'The document is "Published", so "Approve" is not possible. You can now: Unpublish.',
    )
  })

  it('tells a user who can do nothing who can move the document on', () => {
    expect(
      message(
        decideTransition(
          requestBy({ roles: ['editor'], state: 'approved', position: passedAll(THREE), action: 'submit' }),
        ),
      ),
    ).toBe(
      '稿件当前状态为「已通过」，不能执行「提交审核」。您现在没有可执行的操作。' +
        '此状态下可执行：退回修改（责任编辑、部门主任、值班总编辑或管理员）、发布（值班总编辑或管理员）、改派（管理员）。 / ' +
        'The document is "Approved", so "Submit for review" is not possible. There is nothing you can do with it now. ' +
        'Possible in this state: Request changes (responsible editors, department heads, duty editors-in-chief or administrators), ' +
        'Publish (duty editors-in-chief or administrators), Reassign (administrators).',
    )
  })

  it('writes every refusal as Chinese, " / ", English', () => {
    const atFirst = { state: 'in_review' as const, position: sittingAt(THREE, '初审') }
    const refusals = [
      decideTransition(requestBy({ action: 'nope' })),
      decideTransition(requestBy({ roles: ['admin'], ...atFirst, action: 'request_changes', comment: '' })),
      decideTransition(requestBy({ roles: ['admin'], ...atFirst, action: 'approve', comment: 'x'.repeat(3000) })),
      decideTransition(requestBy({ roles: ['admin'], state: 'approved', action: 'publish', publishAt: 'soon' })),
      decideTransition(
        requestBy({ roles: ['admin'], state: 'approved', action: 'publish', publishAt: '2020-01-01T00:00Z' }),
      ),
      decideTransition(requestBy({ roles: ['admin'], ...atFirst, action: 'approve', publishAt: '2030-01-01T00:00Z' })),
      decideTransition(requestBy({ roles: ['admin'], ...atFirst, action: 'reassign' })),
      decideTransition(requestBy({ roles: ['admin'], ...atFirst, action: 'approve', assigneeId: 5 })),
      decideTransition(requestBy({ roles: ['admin'], ...atFirst, action: 'reassign', assigneeId: 5, assignee: null })),
      decideTransition(requestBy({ roles: [], ...atFirst, action: 'approve' })),
      decideTransition(requestBy({ roles: ['first_reviewer'], ...atFirst, action: 'approve', contentAuthorIds: [ME] })),
      decideTransition(requestBy({ roles: ['first_reviewer'], state: 'draft', action: 'approve' })),
      decideTransition(requestBy({ roles: ['second_reviewer'], ...atFirst, action: 'approve' })),
      decideTransition(requestBy({ roles: ['admin'], ...atFirst, action: 'sign_off' })),
      decideTransition(
        requestBy({
          roles: ['first_reviewer'],
          ...atFirst,
          position: { ...atFirst.position, assigneeId: 5 },
          action: 'approve',
        }),
      ),
      decideTransition(
        requestBy({
          roles: ['second_reviewer'],
          state: 'in_review',
          position: sittingAt(THREE, '复审'),
          userId: 101,
          action: 'approve',
        }),
      ),
    ]
    expect(refusals.map((d) => d.ok)).toEqual(refusals.map(() => false))
    expect(refusals.map((d) => !d.ok && d.code)).toEqual([
      'unknown_action',
      'comment_required',
      'comment_too_long',
      'invalid_publish_at',
      'publish_at_in_past',
      'publish_at_not_allowed',
      'assignee_required',
      'assignee_not_allowed',
      'invalid_assignee',
      'role_not_allowed',
      'four_eyes',
      'not_possible_in_state',
      'not_your_stage',
      'not_release_stage',
      'assigned_to_another',
      'different_eyes',
    ])
    for (const decision of refusals) {
      const [zh, en, ...rest] = message(decision).split(' / ')
      expect(rest).toEqual([])
      expect(zh).toMatch(/[\u4e00-\u9fff]/)
      expect(en).toMatch(/^[\x20-\x7e…“”]+$/)
    }
  })

  it('does not echo control characters or long junk from the request', () => {
    const text = message(decideTransition(requestBy({ action: `evil\n${'x'.repeat(500)}` })))
    expect(text).not.toContain('\n')
    expect(text.length).toBeLessThan(400)
    const assignee = message(
      decideTransition(
        requestBy({
          roles: ['admin'],
          state: 'in_review',
          action: 'reassign',
          assigneeId: `x\n${'y'.repeat(500)}`,
          assignee: null,
        }),
      ),
    )
    expect(assignee).not.toContain('\n')
    expect(assignee.length).toBeLessThan(400)
  })
})

describe('decideTransition: order of checks', () => {
  it('reports an unknown action before anything else', () => {
    const decision = decideTransition(requestBy({ action: 'zap', roles: [], comment: '', publishAt: 'garbage' }))
    expect(refusal(decision)).toEqual({ status: 400, code: 'unknown_action' })
  })

  it('reports a missing assignee before the role', () => {
    expect(refusal(decideTransition(requestBy({ roles: ['editor'], state: 'in_review', action: 'reassign' })))).toEqual(
      {
        status: 400,
        code: 'assignee_required',
      },
    )
  })

  it('reports the role before four eyes, four eyes before the state, the state before the stage', () => {
    const mine = { contentAuthorIds: [ME] }
    expect(
      refusal(decideTransition(requestBy({ ...mine, roles: ['editor'], state: 'draft', action: 'approve' }))),
    ).toEqual({
      status: 403,
      code: 'role_not_allowed',
    })
    expect(
      refusal(decideTransition(requestBy({ ...mine, roles: ['first_reviewer'], state: 'draft', action: 'approve' }))),
    ).toEqual({ status: 403, code: 'four_eyes' })
    expect(
      refusal(
        decideTransition(
          requestBy({
            roles: ['first_reviewer'],
            state: 'draft',
            position: sittingAt(THREE, '复审'),
            action: 'approve',
          }),
        ),
      ),
    ).toEqual({ status: 409, code: 'not_possible_in_state' })
  })

  it('at the stage: its people, then the assignment, then different eyes, then 签发, then its opinion', () => {
    const commented = { ...THREE, stages: THREE.stages.map((s) => ({ ...s, commentRequired: true })) }
    const at = (extra: Partial<ReturnType<typeof sittingAt>>) => sittingAt(commented, '复审', extra)
    const ask = (roles: string[], position: ReviewPosition, action = 'approve') =>
      refusal(
        decideTransition(
          requestBy({ workflow: commented, roles, state: 'in_review', position, action, comment: '', userId: 101 }),
        ),
      )
    // user 101 passed 初审 of this version (sittingAt); 5 is the assignee
    expect(ask(['first_reviewer'], at({ assigneeId: 5 }))).toEqual({ status: 403, code: 'not_your_stage' })
    expect(ask(['second_reviewer'], at({ assigneeId: 5 }))).toEqual({ status: 403, code: 'assigned_to_another' })
    expect(ask(['second_reviewer'], at({}))).toEqual({ status: 403, code: 'different_eyes' })
    expect(ask(['admin'], at({}), 'sign_off')).toEqual({ status: 403, code: 'different_eyes' })
    const fresh = (roles: string[], action: string) =>
      refusal(
        decideTransition(
          requestBy({ workflow: commented, roles, state: 'in_review', position: at({}), action, comment: '' }),
        ),
      )
    expect(fresh(['admin'], 'sign_off')).toEqual({ status: 409, code: 'not_release_stage' })
    expect(fresh(['second_reviewer'], 'approve')).toEqual({ status: 400, code: 'comment_required' })
  })

  it('checks the text last: a refused user never learns about check errors', () => {
    const at = { state: 'in_review' as const, position: sittingAt(THREE, '复审'), action: 'approve', checkErrors: 2 }
    expect(refusal(decideTransition(requestBy({ ...at, roles: ['first_reviewer'] })))).toEqual({
      status: 403,
      code: 'not_your_stage',
    })
    expect(refusal(decideTransition(requestBy({ ...at, roles: ['second_reviewer'] })))).toEqual({
      status: 422,
      code: 'check_errors',
    })
  })
})
