import { describe, expect, it } from 'vitest'

import type { Allowed } from '../../../src/workflow/decide'
import { planNotification } from '../../../src/workflow/notifications'

const people = { actorId: 2, reviewerIds: [2, 3, 4], authorIds: [1, 2] }
const step = (decision: Partial<Allowed>): Allowed => ({
  ok: true,
  from: 'draft',
  to: 'in_review',
  action: 'submit',
  ...decision,
})

describe('planNotification', () => {
  it('tells the reviewers about a submission, but not the one who submitted', () => {
    expect(planNotification(step({}), '雪域', people)).toEqual({
      recipientIds: [3, 4],
      message: '《雪域》已提交审核。 / "雪域" was submitted for review.',
    })
  })

  it('tells the authors why changes are requested', () => {
    const plan = planNotification(
      step({ action: 'request_changes', to: 'changes_requested', comment: '核实数字' }),
      '雪域',
      {
        ...people,
        actorId: 3,
      },
    )
    expect(plan?.recipientIds).toEqual([1, 2])
    expect(plan?.message).toContain('核实数字')
  })

  it('tells the authors when their work is published or scheduled', () => {
    const now = planNotification(step({ action: 'publish', to: 'published' }), '雪域', { ...people, actorId: 3 })
    expect(now?.message).toContain('已发布')
    const later = planNotification(
      step({ action: 'publish', to: 'scheduled', publishAt: '2026-12-01T00:00:00.000Z' }),
      '雪域',
      { ...people, actorId: 3 },
    )
    expect(later?.message).toContain('2026-12-01T00:00:00.000Z')
  })

  it.each(['approve', 'withdraw', 'unpublish', 'cancel_schedule'] as const)('sends nothing for %s', (action) => {
    expect(planNotification(step({ action }), '雪域', people)).toBeNull()
  })
})
