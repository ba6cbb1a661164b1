import { describe, expect, it } from 'vitest'

import { stageSteps, type StepStatus } from '@/workflow/admin/stageSteps'
import type { WorkflowDefinition } from '@/workflow/stages/definition'
import type { ReviewPosition } from '@/workflow/stages/position'
import type { WorkflowState } from '@/workflow/states'

import { NOT_IN_REVIEW, NOW, ONE, passedAll, sittingAt, THREE, TWO } from './fixtures'

/** The steps in short: 「初审✓ 复审▶ 终审○」. */
const summary = (workflow: WorkflowDefinition, state: WorkflowState, position: ReviewPosition) =>
  stageSteps(workflow, state, position, NOW)
    .map(
      (step) =>
        `${step.name.zh}${({ done: '✓', current: '▶', upcoming: '○' } as Record<StepStatus, string>)[step.status]}`,
    )
    .join(' ')

describe('stageSteps', () => {
  const cases: [string, WorkflowDefinition, WorkflowState, ReviewPosition, string][] = [
    ['a draft: every stage to come', THREE, 'draft', NOT_IN_REVIEW, '初审○ 复审○ 终审○'],
    ['sent back: every stage to come again', THREE, 'changes_requested', NOT_IN_REVIEW, '初审○ 复审○ 终审○'],
    ['just submitted', THREE, 'in_review', sittingAt(THREE, '初审'), '初审▶ 复审○ 终审○'],
    ['at 复审', THREE, 'in_review', sittingAt(THREE, '复审'), '初审✓ 复审▶ 终审○'],
    ['at 终审', THREE, 'in_review', sittingAt(THREE, '终审'), '初审✓ 复审✓ 终审▶'],
    // Saved before the stages existed: in review means at the first stage.
    ['in review without a record', THREE, 'in_review', NOT_IN_REVIEW, '初审▶ 复审○ 终审○'],
    ['approved at the release stage', THREE, 'approved', passedAll(THREE), '初审✓ 复审✓ 终审✓'],
    // Approved by the one-gate workflow: it waits at the release stage for someone to sign it off.
    ['approved without a record', THREE, 'approved', NOT_IN_REVIEW, '终审▶'],
    ['scheduled', TWO, 'scheduled', passedAll(TWO, 'sign_off'), '初审✓ 终审✓'],
    ['published', THREE, 'published', passedAll(THREE, 'sign_off'), '初审✓ 复审✓ 终审✓'],
    // Published before the stages existed: no chain, and nothing is "to come".
    ['published without a record', THREE, 'published', NOT_IN_REVIEW, ''],
    ['a small desk, in review', ONE, 'in_review', sittingAt(ONE, '终审'), '终审▶'],
  ]
  it.each(cases)('%s', (_, workflow, state, position, expected) =>
    expect(summary(workflow, state, position)).toBe(expected),
  )

  it('names who passed each stage and when, and when the current one was entered', () => {
    const steps = stageSteps(THREE, 'in_review', sittingAt(THREE, '复审'), NOW)
    expect(steps[0]).toMatchObject({ status: 'done', pass: { name: '用户101', userId: 101 } })
    expect(steps[1]).toMatchObject({ status: 'current', enteredAt: '2025-06-01T08:00:00.000Z', release: false })
    expect(steps[2]).toMatchObject({ status: 'upcoming', release: true })
  })

  it('keeps a passed stage an administrator removed since, and goes on from where the version is', () => {
    const position = sittingAt(THREE, '复审')
    // 复审 was removed after the version entered it: it finishes 复审, then 终审 follows.
    const withoutSecond: WorkflowDefinition = { stages: THREE.stages.filter((stage) => stage.name.zh !== '复审') }
    expect(summary(withoutSecond, 'in_review', position)).toBe('初审✓ 复审▶ 终审○')
    // 初审 was removed after it was passed: who passed it still shows.
    const withoutFirst: WorkflowDefinition = { stages: THREE.stages.filter((stage) => stage.name.zh !== '初审') }
    expect(summary(withoutFirst, 'in_review', position)).toBe('初审✓ 复审▶ 终审○')
  })
})
