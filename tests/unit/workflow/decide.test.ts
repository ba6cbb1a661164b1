import { describe, expect, it } from 'vitest'

import { decideTransition, requiresComment, type Decision, type DecisionInput } from '../../../src/workflow/decide'
import { WORKFLOW_ACTIONS } from '../../../src/workflow/actions'
import { WORKFLOW_STATES, type WorkflowState } from '../../../src/workflow/states'

const NOW = new Date('2025-06-01T10:00:00.000Z')
const ME = 7
const SOMEONE_ELSE = 99

/** A request by user 7 on a version written by someone else, with a comment so comment rules pass. */
const input = (overrides: Partial<DecisionInput>): DecisionInput => ({
  state: 'draft',
  action: 'submit',
  roles: ['editor'],
  userId: ME,
  contentAuthorIds: [SOMEONE_ELSE],
  comment: '请核实数字。',
  now: NOW,
  ...overrides,
})

const refusal = (decision: Decision) => (decision.ok ? null : { status: decision.status, code: decision.code })

// ---------------------------------------------------------------------------------------------
// The expected matrix, written out by hand (not derived from the transition table under test).

const STATES = ['draft', 'in_review', 'approved', 'published', 'changes_requested', 'scheduled', 'archived'] as const
const ACTIONS = ['submit', 'withdraw', 'approve', 'request_changes', 'publish', 'unpublish', 'cancel_schedule'] as const

/** A target state: allowed and leads there; 403: role refused; 409: not possible in this state. */
type Outcome = WorkflowState | 403 | 409
type Matrix = Record<(typeof STATES)[number], readonly Outcome[]>

// prettier-ignore
const NOBODY: Matrix = {
  //                 submit       withdraw  approve     request_changes      publish      unpublish   cancel_schedule
  draft:             [403,        403,      403,        403,                 403,         403,        403],
  in_review:         [403,        403,      403,        403,                 403,         403,        403],
  approved:          [403,        403,      403,        403,                 403,         403,        403],
  published:         [403,        403,      403,        403,                 403,         403,        403],
  changes_requested: [403,        403,      403,        403,                 403,         403,        403],
  scheduled:         [403,        403,      403,        403,                 403,         403,        403],
  archived:          [403,        403,      403,        403,                 403,         403,        403],
}

// prettier-ignore
const EDITOR: Matrix = {
  //                 submit       withdraw  approve     request_changes      publish      unpublish   cancel_schedule
  draft:             ['in_review', 409,     403,        403,                 403,         403,        403],
  in_review:         [409,        'draft',  403,        403,                 403,         403,        403],
  approved:          [409,        409,      403,        403,                 403,         403,        403],
  published:         [409,        409,      403,        403,                 403,         403,        403],
  changes_requested: ['in_review', 409,     403,        403,                 403,         403,        403],
  scheduled:         [409,        409,      403,        403,                 403,         403,        403],
  archived:          ['in_review', 409,     403,        403,                 403,         403,        403],
}

/** Reviewers and admins: they may do everything, each action only from its own state. */
// prettier-ignore
const LEAD: Matrix = {
  //                 submit       withdraw  approve     request_changes      publish      unpublish   cancel_schedule
  draft:             ['in_review', 409,     409,        409,                 409,         409,        409],
  in_review:         [409,        'draft',  'approved', 'changes_requested', 409,         409,        409],
  approved:          [409,        409,      409,        409,                 'published', 409,        409],
  published:         [409,        409,      409,        409,                 409,         'archived', 409],
  changes_requested: ['in_review', 409,     409,        409,                 409,         409,        409],
  scheduled:         [409,        409,      409,        409,                 409,         409,        'approved'],
  archived:          ['in_review', 409,     409,        409,                 409,         409,        409],
}

const ROLE_SETS: [string, string[], Matrix][] = [
  ['anonymous (no roles)', [], NOBODY],
  ['editor', ['editor'], EDITOR],
  ['reviewer', ['reviewer'], LEAD],
  ['admin', ['admin'], LEAD],
  ['editor + reviewer', ['editor', 'reviewer'], LEAD],
  ['admin + editor', ['admin', 'editor'], LEAD],
]

const matrixCases = ROLE_SETS.flatMap(([who, roles, matrix]) =>
  STATES.flatMap((state) =>
    ACTIONS.map((action, column) => ({ who, roles, state, action, expected: matrix[state][column] as Outcome })),
  ),
)

describe('decideTransition: every role set × state × action', () => {
  it('covers exactly the states and actions of the module', () => {
    expect([...WORKFLOW_STATES].sort()).toEqual([...STATES].sort())
    expect([...WORKFLOW_ACTIONS].sort()).toEqual([...ACTIONS].sort())
    expect(matrixCases).toHaveLength(6 * 7 * 7)
  })

  it.each(matrixCases)('$who: $action from $state → $expected', ({ roles, state, action, expected }) => {
    const decision = decideTransition(input({ state, action, roles }))
    if (typeof expected === 'string') {
      expect(decision).toEqual({ ok: true, from: state, to: expected, action, comment: '请核实数字。' })
    } else {
      expect(refusal(decision)).toEqual({
        status: expected,
        code: expected === 403 ? 'role_not_allowed' : 'not_possible_in_state',
      })
    }
  })
})

describe('decideTransition: four eyes', () => {
  const inReview = { state: 'in_review' as const, action: 'approve' }
  const approved = { state: 'approved' as const, action: 'publish' }

  it.each([
    ['reviewer', ['reviewer']],
    ['admin', ['admin']],
    ['editor + reviewer', ['editor', 'reviewer']],
  ])('a %s who wrote the version may neither approve nor publish it', (_who, roles) => {
    for (const request of [inReview, approved]) {
      const decision = decideTransition(input({ ...request, roles, contentAuthorIds: [SOMEONE_ELSE, ME] }))
      expect(refusal(decision)).toEqual({ status: 403, code: 'four_eyes' })
    }
  })

  it('refuses a scheduled publish by an author too', () => {
    const decision = decideTransition(
      input({ ...approved, roles: ['reviewer'], contentAuthorIds: [ME], publishAt: '2025-06-02T08:00:00+08:00' }),
    )
    expect(refusal(decision)).toEqual({ status: 403, code: 'four_eyes' })
  })

  it('lets a different reviewer approve and publish', () => {
    expect(decideTransition(input({ ...inReview, roles: ['reviewer'], contentAuthorIds: [1, 2] }))).toMatchObject({
      ok: true,
      to: 'approved',
    })
    expect(decideTransition(input({ ...approved, roles: ['reviewer'], contentAuthorIds: [1, 2] }))).toMatchObject({
      ok: true,
      to: 'published',
    })
  })

  it('matches ids across number and string', () => {
    expect(
      refusal(decideTransition(input({ ...inReview, roles: ['reviewer'], userId: 7, contentAuthorIds: ['7'] }))),
    ).toEqual({ status: 403, code: 'four_eyes' })
    expect(
      refusal(decideTransition(input({ ...inReview, roles: ['reviewer'], userId: '7', contentAuthorIds: [7] }))),
    ).toEqual({ status: 403, code: 'four_eyes' })
  })

  it('refuses a user without an id rather than guessing', () => {
    const decision = decideTransition(input({ ...inReview, roles: ['reviewer'], userId: '', contentAuthorIds: [] }))
    expect(refusal(decision)).toEqual({ status: 403, code: 'four_eyes' })
  })

  it('does not hold back actions that keep content from readers', () => {
    const author = { roles: ['reviewer'], contentAuthorIds: [ME] }
    expect(decideTransition(input({ ...author, state: 'in_review', action: 'request_changes' }))).toMatchObject({
      ok: true,
      to: 'changes_requested',
    })
    expect(decideTransition(input({ ...author, state: 'published', action: 'unpublish' }))).toMatchObject({
      ok: true,
      to: 'archived',
    })
    expect(decideTransition(input({ ...author, state: 'scheduled', action: 'cancel_schedule' }))).toMatchObject({
      ok: true,
      to: 'approved',
    })
    expect(decideTransition(input({ ...author, state: 'in_review', action: 'withdraw' }))).toMatchObject({
      ok: true,
      to: 'draft',
    })
    expect(decideTransition(input({ ...author, state: 'draft', action: 'submit' }))).toMatchObject({
      ok: true,
      to: 'in_review',
    })
  })

  it('says why and whom to ask', () => {
    const decision = decideTransition(input({ ...inReview, roles: ['reviewer'], contentAuthorIds: [ME] }))
    expect(decision.ok).toBe(false)
    if (!decision.ok) {
      expect(decision.message).toBe(
        '您撰写或修改过这一版本，不能自己通过稿件。请由另一位审稿人或管理员处理。 / ' +
          'You wrote or changed this version, so you may not approve it yourself. Ask one of the other reviewers or administrators.',
      )
    }
  })
})

describe('decideTransition: comments', () => {
  const reviewer = { roles: ['reviewer'] }

  it('requires a comment to request changes and to unpublish', () => {
    expect(requiresComment('request_changes')).toBe(true)
    expect(requiresComment('unpublish')).toBe(true)
    for (const action of ['submit', 'withdraw', 'approve', 'publish', 'cancel_schedule', 'nonsense', '__proto__']) {
      expect(requiresComment(action)).toBe(false)
    }
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['whitespace only', ' \n\t　'],
  ])('refuses request_changes and unpublish with the comment %s', (_case, comment) => {
    for (const [state, action] of [
      ['in_review', 'request_changes'],
      ['published', 'unpublish'],
    ] as const) {
      const decision = decideTransition(input({ ...reviewer, state, action, comment }))
      expect(refusal(decision)).toEqual({ status: 400, code: 'comment_required' })
    }
  })

  it('tells what the comment must say', () => {
    const decision = decideTransition(
      input({ ...reviewer, state: 'in_review', action: 'request_changes', comment: '' }),
    )
    expect(!decision.ok && decision.message).toBe(
      '「退回修改」需要填写意见：请说明需要修改什么。 / "Request changes" needs a comment: say what must change.',
    )
  })

  it('checks the comment before the role: even an editor learns the comment is missing', () => {
    const decision = decideTransition(
      input({ roles: ['editor'], state: 'published', action: 'unpublish', comment: '' }),
    )
    expect(refusal(decision)).toEqual({ status: 400, code: 'comment_required' })
  })

  it('accepts 2000 characters, counted as characters, and refuses 2001', () => {
    const ok = (comment: string) =>
      decideTransition(input({ ...reviewer, state: 'in_review', action: 'request_changes', comment }))
    expect(ok('改'.repeat(2000))).toMatchObject({ ok: true })
    expect(ok('😀'.repeat(2000))).toMatchObject({ ok: true })
    expect(ok(`  ${'a'.repeat(2000)}  `)).toMatchObject({ ok: true, comment: 'a'.repeat(2000) })
    expect(refusal(ok('改'.repeat(2001)))).toEqual({ status: 400, code: 'comment_too_long' })
  })

  it('limits optional comments too, and drops blank ones', () => {
    const approve = (comment: string) =>
      decideTransition(input({ ...reviewer, state: 'in_review', action: 'approve', comment }))
    expect(refusal(approve('x'.repeat(2001)))).toEqual({ status: 400, code: 'comment_too_long' })
    expect(approve('   ')).toEqual({ ok: true, from: 'in_review', to: 'approved', action: 'approve' })
    expect(approve('  很好  ')).toMatchObject({ ok: true, comment: '很好' })
  })

  it('refuses a comment that is not text', () => {
    const decision = decideTransition(
      input({
        ...reviewer,
        state: 'in_review',
        action: 'request_changes',
        comment: { text: 'x' } as unknown as string,
      }),
    )
    expect(refusal(decision)).toEqual({ status: 400, code: 'invalid_comment' })
  })
})

describe('decideTransition: publication time', () => {
  const publish = (publishAt: unknown, roles = ['reviewer']) =>
    decideTransition(input({ roles, state: 'approved', action: 'publish', publishAt: publishAt as string }))

  it('schedules a future time, normalized to UTC', () => {
    expect(publish('2025-06-02T08:00:00+08:00')).toEqual({
      ok: true,
      from: 'approved',
      to: 'scheduled',
      action: 'publish',
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

  it('refuses a publication time on any action but publish', () => {
    for (const [state, action] of [
      ['in_review', 'approve'],
      ['draft', 'submit'],
      ['scheduled', 'cancel_schedule'],
      ['published', 'unpublish'],
    ] as const) {
      const decision = decideTransition(
        input({ roles: ['admin'], state, action, publishAt: '2025-06-02T08:00:00+08:00' }),
      )
      expect(refusal(decision)).toEqual({ status: 400, code: 'publish_at_not_allowed' })
    }
  })

  it('checks the time before the role and the state', () => {
    expect(refusal(publish('garbage', ['editor']))).toEqual({ status: 400, code: 'invalid_publish_at' })
    const fromDraft = decideTransition(
      input({ roles: ['reviewer'], state: 'draft', action: 'publish', publishAt: 'x' }),
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
    'publish\u0000',
  ])('refuses the action %j as unknown, even for an admin', (action) => {
    for (const roles of [[], ['admin'], ['admin', 'editor', 'reviewer']]) {
      expect(refusal(decideTransition(input({ action, roles, state: 'in_review' })))).toEqual({
        status: 400,
        code: 'unknown_action',
      })
    }
  })

  it('refuses actions that are not strings', () => {
    for (const action of [null, undefined, 42, {}, ['approve']]) {
      const decision = decideTransition(input({ action: action as unknown as string, roles: ['admin'] }))
      expect(refusal(decision)).toEqual({ status: 400, code: 'unknown_action' })
    }
  })

  it('names the known actions when refusing an unknown one', () => {
    const decision = decideTransition(input({ action: 'aprove' }))
    expect(!decision.ok && decision.message).toMatch(
      /未知的操作"aprove".*通过（approve）.* \/ Unknown action "aprove"\. Known actions: submit, withdraw, approve/,
    )
  })

  it.each([
    [['Admin']],
    [['root', 'superuser']],
    [['__proto__', 'constructor', 'toString']],
    [['reviewer ', ' admin']],
    [['']],
  ])('grants nothing to the junk roles %j', (roles) => {
    expect(refusal(decideTransition(input({ roles, state: 'in_review', action: 'approve' })))).toEqual({
      status: 403,
      code: 'role_not_allowed',
    })
    expect(refusal(decideTransition(input({ roles, state: 'draft', action: 'submit' })))).toEqual({
      status: 403,
      code: 'role_not_allowed',
    })
  })

  it('ignores junk next to a real role', () => {
    const decision = decideTransition(
      input({ roles: ['junk', '__proto__', 'reviewer'], state: 'in_review', action: 'approve' }),
    )
    expect(decision).toMatchObject({ ok: true, to: 'approved' })
  })

  it('grants nothing when roles is not an array of strings', () => {
    for (const roles of ['admin', null, undefined, { 0: 'admin', length: 1 }, [42, null, { role: 'admin' }]]) {
      const decision = decideTransition(
        input({ roles: roles as unknown as string[], state: 'in_review', action: 'approve' }),
      )
      expect(refusal(decision)).toEqual({ status: 403, code: 'role_not_allowed' })
    }
  })
})

describe('decideTransition: messages', () => {
  const message = (decision: Decision) => (decision.ok ? '' : decision.message)

  it('names who may take a refused action', () => {
    expect(message(decideTransition(input({ roles: ['editor'], state: 'in_review', action: 'approve' })))).toBe(
      '只有审稿人或管理员可以通过稿件。 / Only reviewers and administrators may approve.',
    )
    expect(message(decideTransition(input({ roles: [], state: 'draft', action: 'submit' })))).toBe(
      '只有编辑、审稿人或管理员可以提交稿件审核。 / Only editors, reviewers and administrators may submit for review.',
    )
  })

  it('names the current state and what the user can do instead', () => {
    expect(message(decideTransition(input({ roles: ['reviewer'], state: 'published', action: 'approve' })))).toBe(
      '稿件当前状态为「已发布」，不能执行「通过」。您现在可以：撤下。 / ' +
        'The document is "Published", so "Approve" is not possible. You can now: Unpublish.',
    )
  })

  it('tells a user who can do nothing who can move the document on', () => {
    expect(message(decideTransition(input({ roles: ['editor'], state: 'approved', action: 'submit' })))).toBe(
      '稿件当前状态为「已通过」，不能执行「提交审核」。您现在没有可执行的操作。此状态下可执行：发布（审稿人或管理员）。 / ' +
        'The document is "Approved", so "Submit for review" is not possible. There is nothing you can do with it now. ' +
        'Possible in this state: Publish (reviewers or administrators).',
    )
  })

  it('writes every refusal as Chinese, " / ", English', () => {
    const refusals = [
      decideTransition(input({ action: 'nope' })),
      decideTransition(input({ roles: ['reviewer'], state: 'in_review', action: 'request_changes', comment: '' })),
      decideTransition(
        input({ roles: ['reviewer'], state: 'in_review', action: 'approve', comment: 'x'.repeat(3000) }),
      ),
      decideTransition(input({ roles: ['reviewer'], state: 'approved', action: 'publish', publishAt: 'soon' })),
      decideTransition(
        input({ roles: ['reviewer'], state: 'approved', action: 'publish', publishAt: '2020-01-01T00:00Z' }),
      ),
      decideTransition(
        input({ roles: ['reviewer'], state: 'in_review', action: 'approve', publishAt: '2030-01-01T00:00Z' }),
      ),
      decideTransition(input({ roles: [], state: 'in_review', action: 'approve' })),
      decideTransition(input({ roles: ['reviewer'], state: 'in_review', action: 'approve', contentAuthorIds: [ME] })),
      decideTransition(input({ roles: ['reviewer'], state: 'draft', action: 'approve' })),
    ]
    expect(refusals.map((d) => d.ok)).toEqual(refusals.map(() => false))
    for (const decision of refusals) {
      const [zh, en, ...rest] = message(decision).split(' / ')
      expect(rest).toEqual([])
      expect(zh).toMatch(/[\u4e00-\u9fff]/)
      expect(en).toMatch(/^[\x20-\x7e…]+$/)
    }
  })

  it('does not echo control characters or long junk from the request', () => {
    const text = message(decideTransition(input({ action: `evil\n${'x'.repeat(500)}` })))
    expect(text).not.toContain('\n')
    expect(text.length).toBeLessThan(400)
  })
})

describe('decideTransition: order of checks', () => {
  it('reports an unknown action before anything else', () => {
    const decision = decideTransition(input({ action: 'zap', roles: [], comment: '', publishAt: 'garbage' }))
    expect(refusal(decision)).toEqual({ status: 400, code: 'unknown_action' })
  })

  it('reports the role before four eyes, and four eyes before the state', () => {
    expect(
      refusal(
        decideTransition(input({ roles: ['editor'], state: 'draft', action: 'approve', contentAuthorIds: [ME] })),
      ),
    ).toEqual({ status: 403, code: 'role_not_allowed' })
    expect(
      refusal(
        decideTransition(input({ roles: ['reviewer'], state: 'draft', action: 'approve', contentAuthorIds: [ME] })),
      ),
    ).toEqual({ status: 403, code: 'four_eyes' })
  })
})
