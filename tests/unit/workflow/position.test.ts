import { describe, expect, it } from 'vitest'

import { WORKFLOW_STATES } from '../../../src/workflow/states'
import type { WorkflowDefinition } from '../../../src/workflow/stages/definition'
import {
  enterFirstStage,
  NOT_IN_REVIEW,
  passedBy,
  positionAfterContentChange,
  printedCredits,
  snapshotOf,
  stageAfter,
  type StageSnapshot,
} from '../../../src/workflow/stages/position'
import { NOW, ONE, passedAll, passOf, THREE, TWO } from './fixtures'

const snap = (workflow: WorkflowDefinition, index: number): StageSnapshot =>
  snapshotOf(workflow.stages[index], index, NOW)

describe('snapshotOf and enterFirstStage', () => {
  it('keeps the stage as it is when entered, with its place and time', () => {
    const s = snap(THREE, 1)
    expect(s).toEqual({ ...THREE.stages[1], roles: ['second_reviewer'], index: 1, enteredAt: NOW.toISOString() })
    // a copy: a later edit of the definition's roles does not reach the snapshot
    expect(s.roles).not.toBe(THREE.stages[1].roles)
  })

  it('enters the first stage with nobody’s approval and no assignment', () => {
    expect(enterFirstStage(THREE, NOW)).toEqual({ stage: snap(THREE, 0), passes: [], assigneeId: null })
    expect(enterFirstStage(ONE, NOW).stage).toMatchObject({ key: 'desk-final', release: true })
    expect(enterFirstStage({ stages: [] }, NOW)).toEqual(NOT_IN_REVIEW)
  })
})

describe('stageAfter', () => {
  it('goes on to the next stage of the definition, and after the release stage nowhere', () => {
    expect(stageAfter(THREE, snap(THREE, 0))).toEqual({ stage: THREE.stages[1], index: 1 })
    expect(stageAfter(THREE, snap(THREE, 1))).toEqual({ stage: THREE.stages[2], index: 2 })
    expect(stageAfter(THREE, snap(THREE, 2))).toBeUndefined()
    expect(stageAfter(TWO, snap(TWO, 0))).toEqual({ stage: TWO.stages[1], index: 1 })
    expect(stageAfter(ONE, snap(ONE, 0))).toBeUndefined()
  })

  it('finds the stage by its key when stages were added or moved before it', () => {
    const extra = {
      key: 'legal',
      name: { zh: '法审', en: 'Legal' },
      roles: ['second_reviewer'] as const,
      commentRequired: false,
      release: false,
      printedAs: '',
    }
    const inserted: WorkflowDefinition = { stages: [extra, ...THREE.stages] }
    expect(stageAfter(inserted, snap(THREE, 0))).toEqual({ stage: THREE.stages[1], index: 2 })
  })

  it('goes on from a stage removed meanwhile to the one that took its place, never skipping it', () => {
    const withoutSecond: WorkflowDefinition = { stages: [THREE.stages[0], THREE.stages[2]] }
    expect(stageAfter(withoutSecond, snap(THREE, 1))).toEqual({ stage: THREE.stages[2], index: 1 })
    const withoutFirst: WorkflowDefinition = { stages: THREE.stages.slice(1) }
    expect(stageAfter(withoutFirst, snap(THREE, 0))).toEqual({ stage: THREE.stages[1], index: 0 })
    // the definition got shorter than the old place: the last stage, the release, is next
    const onlyFinal: WorkflowDefinition = { stages: [THREE.stages[2]] }
    expect(stageAfter(onlyFinal, snap(THREE, 1))).toEqual({ stage: THREE.stages[2], index: 0 })
  })

  it('starts from the beginning when the stored place is not one', () => {
    for (const index of [-1, 1.5, Number.NaN, undefined as unknown as number]) {
      const removed = { ...snap(THREE, 1), key: 'gone', index }
      expect(stageAfter(THREE, removed)).toEqual({ stage: THREE.stages[0], index: 0 })
    }
  })

  it('has nowhere to go in an empty definition', () => {
    expect(stageAfter({ stages: [] }, snap(THREE, 0))).toBeUndefined()
  })

  it('stops at a stage the version entered as its release, whatever the definition says now', () => {
    const releaseMovedOn: WorkflowDefinition = {
      stages: [
        ...THREE.stages.map((s) => ({ ...s, release: false })),
        { ...THREE.stages[2], key: 'extra', release: true },
      ],
    }
    expect(stageAfter(releaseMovedOn, snap(THREE, 2))).toBeUndefined()
  })
})

describe('passedBy', () => {
  const position = passedAll(THREE)

  it('finds the pass of a user, matching 7 and "7"', () => {
    expect(passedBy(position, 101)?.stageKey).toBe('articles-first')
    expect(passedBy(position, '102')?.stageKey).toBe('articles-second')
    expect(passedBy({ ...position, passes: [passOf(THREE.stages[0], '7')] }, 7)?.stageKey).toBe('articles-first')
    expect(passedBy(position, 7)).toBeUndefined()
    expect(passedBy(NOT_IN_REVIEW, 101)).toBeUndefined()
  })
})

describe('printedCredits', () => {
  it('prints the stages the newspaper prints, in the order they were passed, with the names taken then', () => {
    const passes = [
      { ...passOf(THREE.stages[0], 1), name: '张三' },
      { ...passOf(THREE.stages[1], 2), name: '李四' },
      { ...passOf(THREE.stages[2], 3, 'sign_off'), name: '王五' },
    ]
    expect(printedCredits(passes)).toEqual([
      { label: '责任编辑', name: '张三' },
      { label: '签发', name: '王五' },
    ])
  })

  it('trims the titles and leaves out blank ones', () => {
    const passes = [
      { ...passOf(THREE.stages[0], 1), printedAs: '  责任编辑 ', name: '张三' },
      { ...passOf(THREE.stages[1], 2), printedAs: '   ', name: '李四' },
    ]
    expect(printedCredits(passes)).toEqual([{ label: '责任编辑', name: '张三' }])
    expect(printedCredits([])).toEqual([])
  })

  it('prints a 签发 recorded by publishing an older approval', () => {
    expect(printedCredits([{ ...passOf(THREE.stages[2], 3, 'publish'), name: '王五' }])).toEqual([
      { label: '签发', name: '王五' },
    ])
  })
})

describe('positionAfterContentChange', () => {
  it('sends a version still in review back to the first stage, with every approval gone', () => {
    expect(positionAfterContentChange('in_review', THREE, NOW)).toEqual({
      stage: snap(THREE, 0),
      passes: [],
      assigneeId: null,
    })
    expect(positionAfterContentChange('in_review', TWO, NOW).stage?.key).toBe('two-first')
  })

  it('leaves any other version standing nowhere', () => {
    for (const state of WORKFLOW_STATES.filter((s) => s !== 'in_review')) {
      expect(positionAfterContentChange(state, THREE, NOW)).toEqual(NOT_IN_REVIEW)
    }
  })

  it('never keeps a pass, whatever stage the version had reached', () => {
    // What the version had reached before the edit does not matter: the result is built fresh.
    for (const state of WORKFLOW_STATES) expect(positionAfterContentChange(state, THREE, NOW).passes).toEqual([])
  })
})
