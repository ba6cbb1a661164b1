import { describe, expect, it } from 'vitest'

import { decideTransition, type Allowed, type Decision, type DecisionInput } from '../../../src/workflow/decide'
import type { WorkflowDefinition } from '../../../src/workflow/stages/definition'
import { printedCredits, type ReviewPosition } from '../../../src/workflow/stages/position'
import {
  AUTHOR,
  EARLIER_REVIEWERS,
  LEGACY_REVIEWER,
  ME,
  NOT_IN_REVIEW,
  NOW,
  ONE,
  passedAll,
  passOf,
  requestBy,
  sittingAt,
  STAND_IN,
  THREE,
  TWO,
} from './fixtures'

/**
 * The 三审 walked through step by step: each step's result is the next step's input, as the
 * adapter saves the position with the version and reads it back.
 */

const refusal = (decision: Decision) => (decision.ok ? null : { status: decision.status, code: decision.code })

function allowed(decision: Decision): Allowed {
  if (!decision.ok) throw new Error(`refused: ${decision.code} ${decision.message}`)
  return decision
}

/** A person of the newsroom, acting on THREE unless told otherwise. */
const person = (userId: number, userName: string, roles: string[]) => ({ userId, userName, roles })
const ZHANG = person(1, '张责编', ['first_reviewer'])
const LI = person(2, '李主任', ['second_reviewer'])
const WANG = person(3, '王总编', ['final_reviewer'])
const ZHAO = person(4, '赵总编', ['final_reviewer'])
const BOTH = person(5, '钱双岗', ['first_reviewer', 'second_reviewer'])
const ADMIN = person(6, '孙管理', ['admin'])

/** One step by `who` on a version standing at `state`/`position`. */
const step = (
  who: ReturnType<typeof person>,
  state: DecisionInput['state'],
  position: ReviewPosition,
  action: string,
  extra: Partial<DecisionInput> = {},
) => decideTransition(requestBy({ ...who, state, position, action, comment: undefined, ...extra }))

/** Submitted to THREE by the author, then passed at 初审 by `who`. */
function afterFirstStage(who = ZHANG, workflow: WorkflowDefinition = THREE) {
  const submitted = allowed(step(person(AUTHOR, '作者', ['editor']), 'draft', NOT_IN_REVIEW, 'submit', { workflow }))
  return allowed(step(who, submitted.to, submitted.position, 'approve', { workflow }))
}

describe('三审: three different people pass one version', () => {
  it('submit enters the first stage with nobody’s approval', () => {
    const submitted = allowed(step(person(AUTHOR, '作者', ['editor']), 'draft', NOT_IN_REVIEW, 'submit'))
    expect(submitted).toMatchObject({ from: 'draft', to: 'in_review' })
    expect(submitted).not.toHaveProperty('stage') // not taken at a stage
    expect(submitted.position).toEqual({
      stage: { ...THREE.stages[0], index: 0, enteredAt: NOW.toISOString() },
      passes: [],
      assigneeId: null,
    })
  })

  it('records every pass in order with its stage, and 签发 publishes', () => {
    const first = afterFirstStage()
    expect(first).toMatchObject({ to: 'in_review', stage: { key: 'articles-first', name: { zh: '初审' } } })
    expect(first.position.stage).toMatchObject({ key: 'articles-second', index: 1, enteredAt: NOW.toISOString() })

    const second = allowed(step(LI, first.to, first.position, 'approve', { comment: '同意' }))
    expect(second).toMatchObject({ to: 'in_review', stage: { key: 'articles-second' }, comment: '同意' })
    expect(second.position.stage).toMatchObject({ key: 'articles-final', index: 2, release: true })

    const signed = allowed(step(WANG, second.to, second.position, 'sign_off'))
    expect(signed).toMatchObject({
      from: 'in_review',
      to: 'published',
      action: 'sign_off',
      stage: { key: 'articles-final' },
    })
    expect(signed).not.toHaveProperty('publishAt')
    expect(signed.position.stage?.key).toBe('articles-final')
    expect(signed.position.assigneeId).toBeNull()
    expect(signed.position.passes).toEqual([
      {
        stageKey: 'articles-first',
        stage: THREE.stages[0].name,
        printedAs: '责任编辑',
        userId: 1,
        name: '张责编',
        at: NOW.toISOString(),
        action: 'approve',
      },
      {
        stageKey: 'articles-second',
        stage: THREE.stages[1].name,
        printedAs: '',
        userId: 2,
        name: '李主任',
        at: NOW.toISOString(),
        action: 'approve',
      },
      {
        stageKey: 'articles-final',
        stage: THREE.stages[2].name,
        printedAs: '签发',
        userId: 3,
        name: '王总编',
        at: NOW.toISOString(),
        action: 'sign_off',
      },
    ])
    expect(new Set(signed.position.passes.map((p) => p.userId)).size).toBe(3)
    // What the newspaper prints at the end of the story.
    expect(printedCredits(signed.position.passes)).toEqual([
      { label: '责任编辑', name: '张责编' },
      { label: '签发', name: '王总编' },
    ])
  })

  it('签发 with a future time schedules the release', () => {
    const second = allowed(step(LI, 'in_review', afterFirstStage().position, 'approve'))
    const signed = allowed(
      step(WANG, 'in_review', second.position, 'sign_off', { publishAt: '2025-06-01T18:01:00+08:00' }),
    )
    expect(signed).toMatchObject({ to: 'scheduled', publishAt: '2025-06-01T10:01:00.000Z' })
    expect(signed.position.passes.map((p) => p.action)).toEqual(['approve', 'approve', 'sign_off'])
    // Stopping the schedule keeps the approvals: the content did not change.
    const stopped = allowed(step(ZHAO, 'scheduled', signed.position, 'cancel_schedule'))
    expect(stopped).toMatchObject({ to: 'approved', position: signed.position })
    const published = allowed(step(ZHAO, 'approved', stopped.position, 'publish'))
    expect(published.position.passes).toEqual(signed.position.passes) // the 签发 is on record already
  })

  it('approving at the release stage makes it approved, and the release people publish it', () => {
    const second = allowed(step(LI, 'in_review', afterFirstStage().position, 'approve'))
    const approved = allowed(step(WANG, 'in_review', second.position, 'approve'))
    expect(approved).toMatchObject({ to: 'approved', stage: { key: 'articles-final' } })
    expect(approved.position.stage?.key).toBe('articles-final')
    expect(approved.position.passes.map((p) => [p.stageKey, p.userId, p.action])).toEqual([
      ['articles-first', 1, 'approve'],
      ['articles-second', 2, 'approve'],
      ['articles-final', 3, 'approve'],
    ])
    for (const who of [WANG, ZHAO, ADMIN]) {
      const published = allowed(step(who, 'approved', approved.position, 'publish'))
      expect(published).toMatchObject({ to: 'published', action: 'publish' })
      expect(published.position.passes).toEqual(approved.position.passes)
    }
    expect(
      allowed(step(ZHAO, 'approved', approved.position, 'publish', { publishAt: '2025-06-02T00:00Z' })),
    ).toMatchObject({
      to: 'scheduled',
      publishAt: '2025-06-02T00:00:00.000Z',
    })
    // Only the release stage's people publish.
    for (const who of [ZHANG, LI, BOTH]) {
      expect(refusal(step(who, 'approved', approved.position, 'publish'))).toEqual({
        status: 403,
        code: 'role_not_allowed',
      })
    }
  })

  it('runs the same steps on two stages and on one', () => {
    const first = afterFirstStage(ZHANG, TWO)
    expect(first.position.stage?.key).toBe('two-final')
    const signed = allowed(step(WANG, 'in_review', first.position, 'sign_off', { workflow: TWO }))
    expect(signed.position.passes.map((p) => [p.stageKey, p.name])).toEqual([
      ['two-first', '张责编'],
      ['two-final', '王总编'],
    ])

    const submitted = allowed(
      step(person(AUTHOR, '作者', ['editor']), 'draft', NOT_IN_REVIEW, 'submit', { workflow: ONE }),
    )
    expect(submitted.position.stage).toMatchObject({ key: 'desk-final', release: true })
    expect(refusal(step(ZHANG, 'in_review', submitted.position, 'approve', { workflow: ONE }))).toEqual({
      status: 403,
      code: 'role_not_allowed',
    })
    const desk = allowed(step(WANG, 'in_review', submitted.position, 'sign_off', { workflow: ONE }))
    expect(desk).toMatchObject({ to: 'published' })
    expect(printedCredits(desk.position.passes)).toEqual([{ label: '签发', name: '王总编' }])
  })
})

describe('三审: different eyes at every stage', () => {
  it('refuses a user with two stage roles at the second stage of the version they passed', () => {
    const first = afterFirstStage(BOTH)
    expect(first.position.stage?.name.zh).toBe('复审')
    const again = step(BOTH, 'in_review', first.position, 'approve')
    expect(refusal(again)).toEqual({ status: 403, code: 'different_eyes' })
    expect(!again.ok && again.message).toBe(
      '您已审核通过这一版本的「初审」，不能再审核「复审」：每个阶段须由不同的人审核。请由其他部门主任或管理员处理。 / ' +
        'You passed this version at “First review” and may not pass it at “Second review” too: every stage needs a different person. ' +
        'Ask one of the other department heads or administrators.',
    )
    // …but may still send it back: that lets nothing out.
    expect(step(BOTH, 'in_review', first.position, 'request_changes', { comment: '再核实' })).toMatchObject({
      ok: true,
      to: 'changes_requested',
    })
    // Another department head passes it.
    expect(step(LI, 'in_review', first.position, 'approve')).toMatchObject({ ok: true, to: 'in_review' })
  })

  it('refuses an administrator who passed one stage at the next, approve and 签发 alike', () => {
    const first = afterFirstStage(ADMIN)
    expect(refusal(step(ADMIN, 'in_review', first.position, 'approve'))).toEqual({
      status: 403,
      code: 'different_eyes',
    })
    const second = allowed(step(LI, 'in_review', first.position, 'approve'))
    for (const action of ['approve', 'sign_off']) {
      expect(refusal(step(ADMIN, 'in_review', second.position, action))).toEqual({
        status: 403,
        code: 'different_eyes',
      })
    }
    // The department head who passed 复审 is not of 终审 anyway.
    expect(refusal(step(LI, 'in_review', second.position, 'approve'))).toEqual({ status: 403, code: 'not_your_stage' })
    expect(refusal(step(LI, 'in_review', second.position, 'sign_off'))).toEqual({
      status: 403,
      code: 'role_not_allowed',
    })
    // Holding the 终审 role too changes nothing: they passed 复审 of this version.
    expect(
      refusal(
        step(person(2, '李主任', ['second_reviewer', 'final_reviewer']), 'in_review', second.position, 'sign_off'),
      ),
    ).toEqual({
      status: 403,
      code: 'different_eyes',
    })
  })

  it('matches the passer across number and string ids', () => {
    const first = afterFirstStage(BOTH)
    expect(
      refusal(step({ ...BOTH, userId: '5' as unknown as number }, 'in_review', first.position, 'approve')),
    ).toEqual({
      status: 403,
      code: 'different_eyes',
    })
  })

  it('keeps four eyes: an author with the stage’s role may not pass it', () => {
    const authorRoles = { contentAuthorIds: [WANG.userId] }
    const atFinal = sittingAt(THREE, '终审')
    for (const action of ['approve', 'sign_off']) {
      expect(refusal(step(WANG, 'in_review', atFinal, action, authorRoles))).toEqual({ status: 403, code: 'four_eyes' })
    }
    expect(refusal(step(WANG, 'approved', passedAll(THREE), 'publish', authorRoles))).toEqual({
      status: 403,
      code: 'four_eyes',
    })
  })
})

describe('三审: 签发 only at the release stage', () => {
  it('refuses 签发 before the release stage, with 409 not_release_stage', () => {
    for (const zh of ['初审', '复审']) {
      const decision = step(ADMIN, 'in_review', sittingAt(THREE, zh), 'sign_off')
      expect(refusal(decision)).toEqual({ status: 409, code: 'not_release_stage' })
      expect(!decision.ok && decision.message).toContain(`「${zh}」`)
    }
    expect(
      refusal(
        step(person(8, '老审稿', LEGACY_REVIEWER), 'in_review', sittingAt(TWO, '初审'), 'sign_off', { workflow: TWO }),
      ),
    ).toEqual({
      status: 409,
      code: 'not_release_stage',
    })
  })

  it('refuses 签发 of an approved version: it is published, not signed off again', () => {
    expect(refusal(step(WANG, 'approved', passedAll(THREE), 'sign_off'))).toEqual({
      status: 409,
      code: 'not_possible_in_state',
    })
  })
})

describe('三审: a version approved without a 签发 on record', () => {
  /** Approved before the stages existed: 初审 and 复审 on record, or nothing at all. */
  const unsigned = { ...passedAll(THREE), passes: passedAll(THREE).passes.slice(0, 2) }

  it('publishing signs it off: the publisher’s pass is added at the release stage', () => {
    const published = allowed(step(WANG, 'approved', unsigned, 'publish'))
    expect(published.position.passes.map((p) => [p.stageKey, p.userId, p.action])).toEqual([
      ['articles-first', EARLIER_REVIEWERS[0], 'approve'],
      ['articles-second', EARLIER_REVIEWERS[1], 'approve'],
      ['articles-final', WANG.userId, 'publish'],
    ])
    expect(published.position.passes[2]).toMatchObject({ name: '王总编', printedAs: '签发', at: NOW.toISOString() })
  })

  it('refuses a publisher who passed another stage of it', () => {
    const mine = { ...unsigned, passes: [passOf(THREE.stages[0], WANG.userId), unsigned.passes[1]] }
    const decision = step(WANG, 'approved', mine, 'publish')
    expect(refusal(decision)).toEqual({ status: 403, code: 'different_eyes' })
    expect(!decision.ok && decision.message).toContain('发布即签发')
    expect(step(ZHAO, 'approved', mine, 'publish')).toMatchObject({ ok: true, to: 'published' })
  })

  it('treats an approved version with no stage on record as waiting at the release stage', () => {
    const published = allowed(step(WANG, 'approved', NOT_IN_REVIEW, 'publish'))
    expect(published.stage).toMatchObject({ key: 'articles-final', index: 2, release: true })
    expect(published.position.passes).toEqual([
      { ...passOf(THREE.stages[2], WANG.userId, 'publish'), name: '王总编', at: NOW.toISOString() },
    ])
    expect(refusal(step(ZHANG, 'approved', NOT_IN_REVIEW, 'request_changes', { comment: '改' }))).toEqual({
      status: 403,
      code: 'not_your_stage',
    })
    expect(step(WANG, 'approved', NOT_IN_REVIEW, 'request_changes', { comment: '改' })).toMatchObject({ ok: true })
  })
})

describe('三审: sending back, withdrawing, resubmitting', () => {
  it('request_changes needs a comment at every stage and clears the position', () => {
    const positions: [DecisionInput['state'], ReviewPosition, ReturnType<typeof person>][] = [
      ['in_review', sittingAt(THREE, '初审'), ZHANG],
      ['in_review', sittingAt(THREE, '复审'), LI],
      ['in_review', sittingAt(THREE, '终审'), WANG],
      ['approved', passedAll(THREE), WANG],
    ]
    for (const [state, position, who] of positions) {
      expect(refusal(step(who, state, position, 'request_changes'))).toEqual({ status: 400, code: 'comment_required' })
      const back = allowed(step(who, state, position, 'request_changes', { comment: '数字与记录不符' }))
      expect(back).toMatchObject({
        to: 'changes_requested',
        comment: '数字与记录不符',
        stage: { key: position.stage?.key },
      })
      expect(back.position).toEqual(NOT_IN_REVIEW)
    }
  })

  it('resubmitting starts again at the first stage with nobody’s approval', () => {
    const second = allowed(step(LI, 'in_review', afterFirstStage().position, 'approve'))
    const back = allowed(step(WANG, 'in_review', second.position, 'request_changes', { comment: '标题再斟酌' }))
    const again = allowed(step(person(AUTHOR, '作者', ['editor']), back.to, back.position, 'submit'))
    expect(again.position).toMatchObject({ stage: { key: 'articles-first', index: 0 }, passes: [], assigneeId: null })
    // 张 may pass 初审 of the new round: approvals belong to a round, not to the person forever.
    expect(step(ZHANG, 'in_review', again.position, 'approve')).toMatchObject({ ok: true })
  })

  it('withdraw clears the position', () => {
    const withdrawn = allowed(
      step(person(AUTHOR, '作者', ['editor']), 'in_review', sittingAt(THREE, '复审'), 'withdraw'),
    )
    expect(withdrawn).toMatchObject({ to: 'draft', position: NOT_IN_REVIEW })
  })
})

describe('三审: a stage that asks for an opinion', () => {
  const OPINIONS: WorkflowDefinition = {
    stages: THREE.stages.map((s) => ({ ...s, commentRequired: s.key !== 'articles-first' })),
  }
  const on = { workflow: OPINIONS }

  it('needs a comment to approve or sign off there, and nowhere else', () => {
    expect(step(ZHANG, 'in_review', sittingAt(OPINIONS, '初审'), 'approve', on)).toMatchObject({ ok: true })
    const silent = step(LI, 'in_review', sittingAt(OPINIONS, '复审'), 'approve', { ...on, comment: '  ' })
    expect(refusal(silent)).toEqual({ status: 400, code: 'comment_required' })
    expect(!silent.ok && silent.message).toBe(
      '「复审」阶段通过时需要填写意见：请填写审核意见。 / Passing the “Second review” stage needs a comment: write your review opinion.',
    )
    expect(step(LI, 'in_review', sittingAt(OPINIONS, '复审'), 'approve', { ...on, comment: '同意发表' })).toMatchObject(
      {
        ok: true,
        comment: '同意发表',
      },
    )
    expect(refusal(step(WANG, 'in_review', sittingAt(OPINIONS, '终审'), 'sign_off', on))).toEqual({
      status: 400,
      code: 'comment_required',
    })
    expect(step(WANG, 'in_review', sittingAt(OPINIONS, '终审'), 'sign_off', { ...on, comment: '签发' })).toMatchObject({
      ok: true,
      to: 'published',
    })
    // Publishing an approved version is not passing the stage again.
    expect(step(WANG, 'approved', passedAll(OPINIONS), 'publish', on)).toMatchObject({ ok: true })
  })

  it('asks the stage the version entered, not the definition as it is now', () => {
    // Entered 复审 while it asked for an opinion; the administrator dropped the requirement since.
    const entered = sittingAt(OPINIONS, '复审')
    expect(refusal(step(LI, 'in_review', entered, 'approve'))).toEqual({ status: 400, code: 'comment_required' })
  })
})

describe('三审: a stage assigned to one person', () => {
  const assigned = sittingAt(THREE, '复审', { assigneeId: 9 })
  const ASSIGNEE = person(9, '周主任', ['second_reviewer'])

  it('refuses everyone else of the stage, but not administrators', () => {
    for (const action of ['approve', 'request_changes']) {
      const decision = step(LI, 'in_review', assigned, action, { comment: '意见' })
      expect(refusal(decision)).toEqual({ status: 403, code: 'assigned_to_another' })
      expect(!decision.ok && decision.message).toContain('「复审」')
    }
    expect(step(ASSIGNEE, 'in_review', assigned, 'approve')).toMatchObject({ ok: true })
    expect(step({ ...ASSIGNEE, userId: '9' as unknown as number }, 'in_review', assigned, 'approve')).toMatchObject({
      ok: true,
    })
    expect(step(ADMIN, 'in_review', assigned, 'approve')).toMatchObject({ ok: true })
    // People of other stages get the stage answer first.
    expect(refusal(step(ZHANG, 'in_review', assigned, 'approve'))).toEqual({ status: 403, code: 'not_your_stage' })
  })

  it('ends when the stage is left', () => {
    const passed = allowed(step(ASSIGNEE, 'in_review', assigned, 'approve'))
    expect(passed.position.assigneeId).toBeNull()
    expect(step(WANG, 'in_review', passed.position, 'approve')).toMatchObject({ ok: true })
  })

  it('holds for publishing an approved version handed to one 值班总编辑, and ends with it', () => {
    const handed = { ...passedAll(THREE), assigneeId: ZHAO.userId }
    expect(refusal(step(WANG, 'approved', handed, 'publish'))).toEqual({ status: 403, code: 'assigned_to_another' })
    const published = allowed(step(ZHAO, 'approved', handed, 'publish'))
    expect(published.position.assigneeId).toBeNull()
    expect(step(ADMIN, 'approved', handed, 'publish')).toMatchObject({ ok: true })
    // Taking it down is not held back by an old assignment.
    expect(step(WANG, 'published', handed, 'unpublish', { comment: '有误' })).toMatchObject({
      ok: true,
      to: 'archived',
    })
  })
})

describe('三审: reassigning a stuck stage', () => {
  const at复审 = sittingAt(THREE, '复审')
  const ZHOU = { id: 9, roles: ['second_reviewer'], name: '周主任' }
  const reassign = (
    who: ReturnType<typeof person>,
    extra: Partial<DecisionInput>,
    position = at复审,
    state: DecisionInput['state'] = 'in_review',
  ) => step(who, state, position, 'reassign', extra)

  it('hands the stage to another of its people without moving it on', () => {
    const handed = allowed(reassign(ADMIN, { assigneeId: 9, assignee: ZHOU }))
    expect(handed).toMatchObject({
      from: 'in_review',
      to: 'in_review',
      action: 'reassign',
      stage: { key: 'articles-second' },
    })
    expect(handed.position).toEqual({ ...at复审, assigneeId: 9 })
    // an administrator may take it over themselves, or name another administrator
    expect(reassign(ADMIN, { assigneeId: 6, assignee: { id: 6, roles: ['admin'] } })).toMatchObject({ ok: true })
    expect(reassign(ADMIN, { assigneeId: 50, assignee: STAND_IN })).toMatchObject({ ok: true })
  })

  it('is for administrators only', () => {
    for (const who of [LI, WANG, person(8, '老审稿', LEGACY_REVIEWER), person(AUTHOR, '作者', ['editor'])]) {
      expect(refusal(reassign(who, { assigneeId: 9, assignee: ZHOU }))).toEqual({
        status: 403,
        code: 'role_not_allowed',
      })
    }
  })

  it('needs the colleague, and only reassign takes one', () => {
    for (const assigneeId of [undefined, null, '']) {
      expect(refusal(reassign(ADMIN, { assigneeId }))).toEqual({ status: 400, code: 'assignee_required' })
    }
    expect(refusal(step(ADMIN, 'in_review', at复审, 'approve', { assigneeId: 9, assignee: ZHOU }))).toEqual({
      status: 400,
      code: 'assignee_not_allowed',
    })
  })

  it.each([
    ['nobody by that id', null],
    ['a 责任编辑 for 复审', { id: 9, roles: ['first_reviewer'] }],
    ['a 值班总编辑 for 复审', { id: 9, roles: ['final_reviewer'] }],
    ['an editor', { id: 9, roles: ['editor'] }],
    ['junk roles', { id: 9, roles: ['Second_reviewer', 'reviewer'] }],
    ['the author', { id: AUTHOR, roles: ['second_reviewer'] }],
    ['who passed 初审 of this version', { id: EARLIER_REVIEWERS[0], roles: LEGACY_REVIEWER }],
  ])('refuses %s with 422 invalid_assignee', (_who, assignee) => {
    const decision = reassign(ADMIN, { assigneeId: assignee?.id ?? 404, assignee })
    expect(refusal(decision)).toEqual({ status: 422, code: 'invalid_assignee' })
    expect(!decision.ok && decision.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/)
  })

  it('names the stage when the colleague is not one of its people: reassigning never skips a stage', () => {
    const decision = reassign(ADMIN, { assigneeId: 9, assignee: { id: 9, roles: ['final_reviewer'] } })
    expect(!decision.ok && decision.message).toBe(
      '只能改派给「复审」阶段的审核人（部门主任或管理员）；改派不能跳过阶段。 / ' +
        'The stage “Second review” can only be handed to its own people (department heads or administrators); reassigning never skips a stage.',
    )
  })

  it('hands an approved version to one of the release stage, even the one who approved it there', () => {
    const approved = passedAll(THREE)
    const releaser = { id: EARLIER_REVIEWERS[2], roles: ['final_reviewer'] }
    expect(
      allowed(reassign(ADMIN, { assigneeId: releaser.id, assignee: releaser }, approved, 'approved')),
    ).toMatchObject({
      to: 'approved',
      position: { ...approved, assigneeId: releaser.id },
    })
    expect(refusal(reassign(ADMIN, { assigneeId: 9, assignee: ZHOU }, approved, 'approved'))).toEqual({
      status: 422,
      code: 'invalid_assignee',
    })
  })

  it('is possible only while a stage is open', () => {
    for (const state of ['draft', 'changes_requested', 'scheduled', 'published', 'archived'] as const) {
      expect(refusal(reassign(ADMIN, { assigneeId: 9, assignee: ZHOU }, NOT_IN_REVIEW, state))).toEqual({
        status: 409,
        code: 'not_possible_in_state',
      })
    }
  })
})

describe('三审: the definition changed while a version was in review', () => {
  const at复审 = sittingAt(THREE, '复审')
  const WITHOUT_SECOND: WorkflowDefinition = { stages: [THREE.stages[0], THREE.stages[2]] }
  const ONLY_FINAL: WorkflowDefinition = { stages: [THREE.stages[2]] }

  it('a version at a stage removed meanwhile finishes it, then goes on to the stage that followed it', () => {
    const passed = allowed(step(LI, 'in_review', at复审, 'approve', { workflow: WITHOUT_SECOND }))
    expect(passed).toMatchObject({ to: 'in_review', stage: { key: 'articles-second' } })
    expect(passed.position.stage).toMatchObject({ key: 'articles-final', index: 1 })
    // never straight to approved: the release stage still has to pass it
    const shrunk = allowed(step(LI, 'in_review', at复审, 'approve', { workflow: ONLY_FINAL }))
    expect(shrunk.position.stage).toMatchObject({ key: 'articles-final', index: 0 })
    // the removed stage's people finish it; other people still may not
    expect(refusal(step(ZHANG, 'in_review', at复审, 'approve', { workflow: WITHOUT_SECOND }))).toEqual({
      status: 403,
      code: 'not_your_stage',
    })
  })

  it('a stage whose roles changed is finished by the people it named when the version entered', () => {
    const RENAMED: WorkflowDefinition = {
      stages: THREE.stages.map((s) => (s.key === 'articles-second' ? { ...s, roles: ['first_reviewer'] as const } : s)),
    }
    expect(step(LI, 'in_review', at复审, 'approve', { workflow: RENAMED })).toMatchObject({ ok: true })
    expect(
      refusal(step(person(11, '吴责编', ['first_reviewer']), 'in_review', at复审, 'approve', { workflow: RENAMED })),
    ).toEqual({
      status: 403,
      code: 'not_your_stage',
    })
    // …and a version entering 复审 after the change is the new people's
    const entering = sittingAt(RENAMED, '复审')
    expect(refusal(step(LI, 'in_review', entering, 'approve', { workflow: RENAMED }))).toEqual({
      status: 403,
      code: 'role_not_allowed',
    })
  })

  it('a stage inserted before the current one changes nothing for the version', () => {
    const INSERTED: WorkflowDefinition = {
      stages: [
        THREE.stages[0],
        {
          key: 'legal',
          name: { zh: '法审', en: 'Legal review' },
          roles: ['second_reviewer'],
          commentRequired: false,
          release: false,
          printedAs: '',
        },
        ...THREE.stages.slice(1),
      ],
    }
    const passed = allowed(step(LI, 'in_review', at复审, 'approve', { workflow: INSERTED }))
    expect(passed.position.stage).toMatchObject({ key: 'articles-final', index: 3 })
  })

  it('a version in review with no stage on record sits at the first stage', () => {
    const first = allowed(step(ZHANG, 'in_review', NOT_IN_REVIEW, 'approve'))
    expect(first.stage).toMatchObject({ key: 'articles-first', index: 0, enteredAt: NOW.toISOString() })
    expect(first.position.stage?.key).toBe('articles-second')
    expect(refusal(step(LI, 'in_review', NOT_IN_REVIEW, 'approve'))).toEqual({ status: 403, code: 'not_your_stage' })
  })
})

describe('三审: the review checks at every stage', () => {
  const REASON = '数字已与县发改委核实'

  it('gates approving at any stage and 签发, and takes a reason for approving over errors', () => {
    const cases: [ReturnType<typeof person>, ReviewPosition, string][] = [
      [ZHANG, sittingAt(THREE, '初审'), 'approve'],
      [LI, sittingAt(THREE, '复审'), 'approve'],
      [WANG, sittingAt(THREE, '终审'), 'approve'],
      [WANG, sittingAt(THREE, '终审'), 'sign_off'],
    ]
    for (const [who, position, action] of cases) {
      expect(refusal(step(who, 'in_review', position, action, { checkErrors: 2 }))).toEqual({
        status: 422,
        code: 'check_errors',
      })
      expect(step(who, 'in_review', position, action, { checkErrors: 2, overrideChecks: REASON })).toMatchObject({
        ok: true,
        checks: { errors: 2, overrideReason: REASON },
      })
    }
    // Publishing an approved version: its approvals already weighed the findings.
    expect(refusal(step(WANG, 'approved', passedAll(THREE), 'publish', { overrideChecks: REASON }))).toEqual({
      status: 400,
      code: 'override_not_allowed',
    })
    expect(step(WANG, 'approved', passedAll(THREE), 'publish', { checkErrors: 2 })).toMatchObject({ ok: true })
  })
})

it('the fixtures: nobody in a fixture position is ME or the author', () => {
  for (const position of [sittingAt(THREE, '终审'), passedAll(THREE)]) {
    expect(position.passes.map((p) => p.userId)).not.toContain(ME)
    expect(position.passes.map((p) => p.userId)).not.toContain(AUTHOR)
  }
})
