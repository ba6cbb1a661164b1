import { describe, expect, it } from 'vitest'

import { availableActions, decideTransition } from '../../../src/workflow/decide'
import { WORKFLOW_ACTIONS } from '../../../src/workflow/actions'
import { WORKFLOW_STATES } from '../../../src/workflow/states'

const ME = 7
const NOT_MINE = [99]
const MINE = [99, ME]

describe('availableActions', () => {
  it.each([
    // [roles, state, authors, expected buttons]
    [[], 'draft', NOT_MINE, []],
    [[], 'in_review', NOT_MINE, []],
    [['editor'], 'draft', NOT_MINE, ['submit']],
    [['editor'], 'changes_requested', NOT_MINE, ['submit']],
    [['editor'], 'archived', NOT_MINE, ['submit']],
    [['editor'], 'in_review', NOT_MINE, ['withdraw']],
    [['editor'], 'approved', NOT_MINE, []],
    [['editor'], 'scheduled', NOT_MINE, []],
    [['editor'], 'published', NOT_MINE, []],
    [['reviewer'], 'draft', MINE, ['submit']],
    [['reviewer'], 'in_review', NOT_MINE, ['withdraw', 'approve', 'request_changes']],
    [['reviewer'], 'in_review', MINE, ['withdraw', 'request_changes']],
    [['reviewer'], 'approved', NOT_MINE, ['publish']],
    [['reviewer'], 'approved', MINE, []],
    [['reviewer'], 'scheduled', MINE, ['cancel_schedule']],
    [['reviewer'], 'published', MINE, ['unpublish']],
    [['reviewer'], 'archived', NOT_MINE, ['submit']],
    [['admin'], 'in_review', NOT_MINE, ['withdraw', 'approve', 'request_changes']],
    [['admin'], 'approved', MINE, []],
    [['admin'], 'approved', NOT_MINE, ['publish']],
    [['editor', 'reviewer'], 'in_review', NOT_MINE, ['withdraw', 'approve', 'request_changes']],
    [['junk', '__proto__', 'Admin'], 'in_review', NOT_MINE, []],
  ] as const)('%j on %s (authors %j) → %j', (roles, state, authors, expected) => {
    expect(availableActions(state, [...roles], ME, [...authors])).toEqual(expected)
  })

  it('tolerates roles that are not an array', () => {
    expect(availableActions('in_review', 'admin' as unknown as string[], ME, NOT_MINE)).toEqual([])
  })

  // The promise to the admin UI: a button that is offered is accepted, and one that would be accepted is offered.
  const ROLE_SETS = [[], ['editor'], ['reviewer'], ['admin'], ['editor', 'reviewer'], ['admin', 'editor'], ['x']]
  const cases = ROLE_SETS.flatMap((roles) =>
    WORKFLOW_STATES.flatMap((state) => [NOT_MINE, MINE].map((authors) => ({ roles, state, authors }))),
  )

  it.each(cases)(
    'offers exactly what decideTransition accepts: $roles on $state, authors $authors',
    ({ roles, state, authors }) => {
      const offered = availableActions(state, roles, ME, authors)
      for (const action of WORKFLOW_ACTIONS) {
        const decision = decideTransition({
          state,
          action,
          roles,
          userId: ME,
          contentAuthorIds: authors,
          comment: '理由',
          now: new Date('2025-06-01T10:00:00Z'),
        })
        expect({ action, offered: offered.includes(action) }).toEqual({ action, offered: decision.ok })
      }
    },
  )
})
