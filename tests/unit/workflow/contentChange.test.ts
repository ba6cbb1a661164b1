import { describe, expect, it } from 'vitest'

import { afterContentChange, contentChangeEffect } from '../../../src/workflow/contentChange'
import { WORKFLOW_STATES } from '../../../src/workflow/states'

describe('content changes', () => {
  it.each([
    // [state before the edit, state of the edited version, schedule cancelled]
    ['draft', 'draft', false],
    ['changes_requested', 'changes_requested', false],
    ['in_review', 'in_review', false],
    ['approved', 'in_review', false],
    ['scheduled', 'in_review', true],
    ['published', 'draft', false],
    ['archived', 'draft', false],
  ] as const)('an edit while %s leaves the version %s (schedule cancelled: %s)', (state, next, cancelsSchedule) => {
    expect(afterContentChange(state)).toBe(next)
    expect(contentChangeEffect(state)).toMatchObject({ nextState: next, cancelsSchedule })
  })

  it('covers every state', () => {
    for (const state of WORKFLOW_STATES) expect(contentChangeEffect(state)).toBeDefined()
  })

  it('never keeps an approval across a content change', () => {
    for (const state of WORKFLOW_STATES) {
      expect(['approved', 'scheduled', 'published']).not.toContain(afterContentChange(state))
    }
  })

  it('explains each effect in Chinese and English', () => {
    for (const state of WORKFLOW_STATES) {
      const [zh, en] = contentChangeEffect(state).note.split(' / ')
      expect(zh).toMatch(/[\u4e00-\u9fff]/)
      expect(en).toMatch(/^[A-Z][\x20-\x7e]+$/)
    }
    expect(contentChangeEffect('published').note).toContain('live version stays published')
  })
})
