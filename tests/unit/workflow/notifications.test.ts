import { describe, expect, it } from 'vitest'

import type { Allowed } from '../../../src/workflow/decide'
import { audienceOf, planNotification } from '../../../src/workflow/notifications'
import { NOT_IN_REVIEW, NOW, passedAll, THREE } from './fixtures'
import { snapshotOf } from '../../../src/workflow/stages/position'

const people = { actorId: 2, stagePeopleIds: [2, 3, 4], authorIds: [1, 2] }
const at = (index: number) => snapshotOf(THREE.stages[index], index, NOW)
const step = (decision: Partial<Allowed>): Allowed => ({
  ok: true,
  from: 'draft',
  to: 'in_review',
  action: 'submit',
  position: { stage: at(0), passes: [], assigneeId: null },
  ...decision,
})

describe('planNotification', () => {
  it('tells the people of the first stage about a submission, but not the one who submitted', () => {
    expect(planNotification(step({}), '雪域', people)).toEqual({
      recipientIds: [3, 4],
      message: '《雪域》已提交审核，等待「初审」。 / "雪域" was submitted and waits for First review.',
    })
  })

  it('tells the people of the next stage when a stage is passed', () => {
    const passed = step({
      from: 'in_review',
      action: 'approve',
      stage: at(0),
      position: { stage: at(1), passes: [], assigneeId: null },
    })
    expect(planNotification(passed, '雪域', people)).toEqual({
      recipientIds: [3, 4],
      message: '《雪域》已通过「初审」，等待「复审」。 / "雪域" passed First review and waits for Second review.',
    })
  })

  it('tells nobody when the release stage approves: its own people publish', () => {
    const approved = step({
      from: 'in_review',
      to: 'approved',
      action: 'approve',
      stage: at(2),
      position: passedAll(THREE),
    })
    expect(planNotification(approved, '雪域', people)).toBeNull()
  })

  it('tells the authors why changes are requested', () => {
    const plan = planNotification(
      step({ action: 'request_changes', to: 'changes_requested', comment: '核实数字', position: NOT_IN_REVIEW }),
      '雪域',
      { ...people, actorId: 3 },
    )
    expect(plan?.recipientIds).toEqual([1, 2])
    expect(plan?.message).toContain('核实数字')
  })

  it.each(['publish', 'sign_off'] as const)('tells the authors when their work is released by %s', (action) => {
    const now = planNotification(step({ action, to: 'published', position: passedAll(THREE) }), '雪域', {
      ...people,
      actorId: 3,
    })
    expect(now).toMatchObject({ recipientIds: [1, 2] })
    expect(now?.message).toContain('已签发发布')
    const later = planNotification(
      step({ action, to: 'scheduled', publishAt: '2026-12-01T00:00:00.000Z', position: passedAll(THREE) }),
      '雪域',
      { ...people, actorId: 3 },
    )
    expect(later?.message).toContain('2026-12-01T00:00:00.000Z')
  })

  it('tells the colleague a stage is handed to, and only them', () => {
    const handed = step({
      from: 'in_review',
      action: 'reassign',
      position: { stage: at(1), passes: [], assigneeId: 9 },
    })
    expect(planNotification(handed, '雪域', people)).toEqual({
      recipientIds: [9],
      message: '管理员把《雪域》的「复审」改派给您。 / An administrator handed you the Second review of "雪域".',
    })
    expect(
      planNotification({ ...handed, position: { ...handed.position, assigneeId: 2 } }, '雪域', people)?.recipientIds,
    ).toEqual([])
  })

  it.each(['withdraw', 'unpublish', 'cancel_schedule'] as const)('sends nothing for %s', (action) => {
    expect(audienceOf({ action, to: 'draft' })).toBeNull()
    expect(planNotification(step({ action }), '雪域', people)).toBeNull()
  })
})
