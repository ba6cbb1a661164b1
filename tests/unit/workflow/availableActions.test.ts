import { describe, expect, it } from 'vitest'

import { WORKFLOW_ACTIONS } from '../../../src/workflow/actions'
import { availableActions, decideTransition, type ActionsInput } from '../../../src/workflow/decide'
import type { WorkflowDefinition } from '../../../src/workflow/stages/definition'
import type { ReviewPosition } from '../../../src/workflow/stages/position'
import type { WorkflowState } from '../../../src/workflow/states'
import {
  AUTHOR,
  DEFINITIONS,
  LEGACY_REVIEWER,
  ME,
  NOT_IN_REVIEW,
  NOW,
  ONE,
  passedAll,
  passOf,
  sittingAt,
  STAND_IN,
  THREE,
  TWO,
} from './fixtures'

const NOT_MINE = [AUTHOR]
const MINE = [AUTHOR, ME]

const offered = (overrides: Partial<ActionsInput>) =>
  availableActions({
    state: 'draft',
    roles: ['editor'],
    userId: ME,
    contentAuthorIds: NOT_MINE,
    workflow: THREE,
    now: NOW,
    ...overrides,
  })

/** Approved with 初审 and 复审 passed by ME and 102, but no 签发 on record (approved before the stages). */
const approvedUnsignedAfterMe: ReviewPosition = {
  ...passedAll(THREE),
  passes: [passOf(THREE.stages[0], ME), passOf(THREE.stages[1], 102)],
}

describe('availableActions: the buttons, by hand', () => {
  const at = (zh: string, extra: Partial<ReviewPosition> = {}) => ({
    state: 'in_review' as const,
    position: sittingAt(THREE, zh, extra),
  })
  const approved = { state: 'approved' as const, position: passedAll(THREE) }

  it.each([
    // [who, roles, where, authors, expected buttons]
    ['nobody', [], { state: 'draft' }, NOT_MINE, []],
    ['nobody', [], at('初审'), NOT_MINE, []],
    ['editor', ['editor'], { state: 'draft' }, NOT_MINE, ['submit']],
    ['editor', ['editor'], { state: 'changes_requested' }, NOT_MINE, ['submit']],
    ['editor', ['editor'], { state: 'archived' }, NOT_MINE, ['submit']],
    ['editor', ['editor'], at('初审'), NOT_MINE, ['withdraw']],
    ['editor', ['editor'], approved, NOT_MINE, []],
    ['editor', ['editor'], { state: 'scheduled', position: passedAll(THREE) }, NOT_MINE, []],
    ['editor', ['editor'], { state: 'published', position: passedAll(THREE) }, NOT_MINE, []],
    ['责任编辑 at 初审', ['first_reviewer'], at('初审'), NOT_MINE, ['withdraw', 'approve', 'request_changes']],
    [
      '责任编辑 at 初审, no stage on record',
      ['first_reviewer'],
      { state: 'in_review' },
      NOT_MINE,
      ['withdraw', 'approve', 'request_changes'],
    ],
    ['责任编辑 at 复审', ['first_reviewer'], at('复审'), NOT_MINE, ['withdraw']],
    ['责任编辑, author', ['first_reviewer'], at('初审'), MINE, ['withdraw', 'request_changes']],
    ['部门主任 at 初审', ['second_reviewer'], at('初审'), NOT_MINE, ['withdraw']],
    ['部门主任 at 复审', ['second_reviewer'], at('复审'), NOT_MINE, ['withdraw', 'approve', 'request_changes']],
    [
      '部门主任 at 复审, assigned to another',
      ['second_reviewer'],
      at('复审', { assigneeId: 5 }),
      NOT_MINE,
      ['withdraw'],
    ],
    [
      '部门主任 at 复审, assigned to them',
      ['second_reviewer'],
      at('复审', { assigneeId: ME }),
      NOT_MINE,
      ['withdraw', 'approve', 'request_changes'],
    ],
    ['值班总编辑 at 复审', ['final_reviewer'], at('复审'), NOT_MINE, ['withdraw']],
    [
      '值班总编辑 at 终审',
      ['final_reviewer'],
      at('终审'),
      NOT_MINE,
      ['withdraw', 'approve', 'request_changes', 'sign_off'],
    ],
    ['值班总编辑, author', ['final_reviewer'], at('终审'), MINE, ['withdraw', 'request_changes']],
    ['值班总编辑, approved', ['final_reviewer'], approved, NOT_MINE, ['request_changes', 'publish']],
    ['值班总编辑, approved, author', ['final_reviewer'], approved, MINE, ['request_changes']],
    [
      '值班总编辑, approved without 签发 after passing 初审',
      ['final_reviewer'],
      { state: 'approved', position: approvedUnsignedAfterMe },
      NOT_MINE,
      ['request_changes'],
    ],
    [
      '值班总编辑, approved, assigned to another',
      ['final_reviewer'],
      { state: 'approved', position: { ...passedAll(THREE), assigneeId: 5 } },
      NOT_MINE,
      [],
    ],
    [
      '值班总编辑, scheduled',
      ['final_reviewer'],
      { state: 'scheduled', position: passedAll(THREE) },
      MINE,
      ['cancel_schedule'],
    ],
    [
      '值班总编辑, published',
      ['final_reviewer'],
      { state: 'published', position: passedAll(THREE) },
      MINE,
      ['unpublish'],
    ],
    [
      'legacy reviewer at 复审 who passed 初审',
      LEGACY_REVIEWER,
      at('复审', { passes: [passOf(THREE.stages[0], ME)] }),
      NOT_MINE,
      ['withdraw', 'request_changes'],
    ],
    ['legacy reviewer at 复审', LEGACY_REVIEWER, at('复审'), NOT_MINE, ['withdraw', 'approve', 'request_changes']],
    ['admin at 初审', ['admin'], at('初审'), NOT_MINE, ['withdraw', 'approve', 'request_changes', 'reassign']],
    [
      'admin at 初审, assigned to another',
      ['admin'],
      at('初审', { assigneeId: 5 }),
      NOT_MINE,
      ['withdraw', 'approve', 'request_changes', 'reassign'],
    ],
    [
      'admin at 终审',
      ['admin'],
      at('终审'),
      NOT_MINE,
      ['withdraw', 'approve', 'request_changes', 'sign_off', 'reassign'],
    ],
    ['admin at 终审, author', ['admin'], at('终审'), MINE, ['withdraw', 'request_changes', 'reassign']],
    ['admin, approved', ['admin'], approved, NOT_MINE, ['request_changes', 'publish', 'reassign']],
    ['admin, draft', ['admin'], { state: 'draft' }, MINE, ['submit']],
    ['junk', ['junk', '__proto__', 'Admin', 'reviewer'], at('初审'), NOT_MINE, []],
  ] as [string, string[], { state: WorkflowState; position?: ReviewPosition }, number[], string[]][])(
    '%s → %j',
    (_who, roles, where, authors, expected) => {
      expect(offered({ roles, ...where, contentAuthorIds: authors })).toEqual(expected)
    },
  )

  it('follows the definition: one stage signs off at once, two stages go 初审 → 终审', () => {
    const inReview = { state: 'in_review' as const }
    expect(offered({ workflow: ONE, roles: ['final_reviewer'], ...inReview })).toEqual([
      'withdraw',
      'approve',
      'request_changes',
      'sign_off',
    ])
    expect(offered({ workflow: ONE, roles: ['first_reviewer'], ...inReview })).toEqual(['withdraw'])
    expect(offered({ workflow: TWO, roles: ['second_reviewer'], ...inReview })).toEqual(['withdraw'])
    expect(offered({ workflow: TWO, roles: ['first_reviewer'], ...inReview })).toEqual([
      'withdraw',
      'approve',
      'request_changes',
    ])
    expect(
      offered({ workflow: TWO, roles: ['final_reviewer'], ...inReview, position: sittingAt(TWO, '终审') }),
    ).toEqual(['withdraw', 'approve', 'request_changes', 'sign_off'])
  })

  it('tolerates roles that are not an array', () => {
    expect(offered({ roles: 'admin' as unknown as string[], state: 'in_review' })).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// The promise to the admin: a button offered is never refused for who the user is or where the
// document stands, and an action that would be accepted is offered.

const ROLE_SETS: string[][] = [
  [],
  ['editor'],
  ['first_reviewer'],
  ['second_reviewer'],
  ['final_reviewer'],
  ['first_reviewer', 'second_reviewer'],
  LEGACY_REVIEWER,
  ['admin'],
  ['admin', 'editor'],
  ['x', 'Admin'],
]

/** Every place a version can stand in `workflow`, with the variations that change who may act. */
function placesIn(workflow: WorkflowDefinition): [string, WorkflowState, ReviewPosition][] {
  const places: [string, WorkflowState, ReviewPosition][] = []
  for (const state of ['draft', 'changes_requested', 'archived'] as const) places.push([state, state, NOT_IN_REVIEW])
  places.push(['in_review, no stage on record', 'in_review', NOT_IN_REVIEW])
  places.push(['approved, no stage on record', 'approved', NOT_IN_REVIEW])
  for (const stage of workflow.stages) {
    const at = sittingAt(workflow, stage.name.zh)
    places.push([`in_review @${stage.name.zh}`, 'in_review', at])
    places.push([`in_review @${stage.name.zh}, assigned to another`, 'in_review', { ...at, assigneeId: 5 }])
    places.push([`in_review @${stage.name.zh}, assigned to ME`, 'in_review', { ...at, assigneeId: ME }])
    if (at.passes.length > 0) {
      const mine = at.passes.map((p, i) => (i === 0 ? { ...p, userId: ME } : p))
      places.push([
        `in_review @${stage.name.zh}, ME passed ${at.passes[0].stage.zh}`,
        'in_review',
        { ...at, passes: mine },
      ])
    }
  }
  const done = passedAll(workflow)
  for (const state of ['approved', 'scheduled', 'published'] as const) {
    places.push([state, state, done])
    places.push([`${state}, assigned to another`, state, { ...done, assigneeId: 5 }])
    places.push([
      `${state}, ME passed the release stage`,
      state,
      { ...done, passes: done.passes.map((p, i, all) => (i === all.length - 1 ? { ...p, userId: ME } : p)) },
    ])
  }
  const unsigned = { ...done, passes: done.passes.slice(0, -1) }
  places.push(['approved without 签发 on record', 'approved', unsigned])
  if (unsigned.passes.length > 0) {
    const mine = unsigned.passes.map((p, i) => (i === 0 ? { ...p, userId: ME } : p))
    places.push(['approved without 签发, ME passed an earlier stage', 'approved', { ...unsigned, passes: mine }])
  }
  return places
}

const WITH_OPINIONS = (workflow: WorkflowDefinition): WorkflowDefinition => ({
  stages: workflow.stages.map((s) => ({ ...s, commentRequired: true })),
})

const DEFS: [string, WorkflowDefinition][] = [
  ...Object.entries(DEFINITIONS),
  ['three stages, each asking for an opinion', WITH_OPINIONS(THREE)],
]

const cases = DEFS.flatMap(([definition, workflow]) =>
  ROLE_SETS.flatMap((roles) =>
    placesIn(workflow).flatMap(([place, state, position]) =>
      [NOT_MINE, MINE].map((authors) => ({
        definition,
        workflow,
        roles,
        place,
        state,
        position,
        authors,
        whose: authors === MINE ? 'mine' : 'not mine',
      })),
    ),
  ),
)

describe('availableActions offers exactly what decideTransition accepts', () => {
  it('covers many places', () => {
    expect(cases.length).toBeGreaterThan(1000)
  })

  it.each(cases)('$definition: $roles on $place ($whose)', ({ workflow, roles, state, position, authors }) => {
    const base = { state, roles, userId: ME, contentAuthorIds: authors, workflow, position, now: NOW }
    const buttons = availableActions(base)
    for (const action of WORKFLOW_ACTIONS) {
      const complete = decideTransition({
        ...base,
        action,
        comment: '理由',
        ...(action === 'reassign' && { assigneeId: STAND_IN.id, assignee: STAND_IN }),
      })
      expect({ action, offered: buttons.includes(action) }).toEqual({ action, offered: complete.ok })
      if (!buttons.includes(action)) continue
      // Sent without the comment or the colleague the form asks for, a button is only ever
      // refused for that: never for who the user is or where the document stands.
      const bare = decideTransition({ ...base, action })
      if (!bare.ok) expect([bare.code]).toContainEqual(expect.stringMatching(/^(comment_required|assignee_required)$/))
    }
  })
})
