import { describe, expect, it } from 'vitest'

import { decideTrashMove, type TrashDecision, type TrashMoveInput } from '../../../src/workflow/trash'
import type { WorkflowState } from '../../../src/workflow/states'

const outcome = (decision: TrashDecision) => (decision.ok ? 'ok' : decision.status)

// ---------------------------------------------------------------------------------------------
// The expected matrix, written out by hand (not derived from the rule under test).

interface Doc {
  name: string
  state: WorkflowState
  live: boolean
  everPublished: boolean
}

const DOCS: Doc[] = [
  { name: 'a draft never published', state: 'draft', live: false, everPublished: false },
  { name: 'in review, never published', state: 'in_review', live: false, everPublished: false },
  { name: 'sent back, never published', state: 'changes_requested', live: false, everPublished: false },
  { name: 'approved, never published', state: 'approved', live: false, everPublished: false },
  { name: 'scheduled', state: 'scheduled', live: false, everPublished: false },
  { name: 'published', state: 'published', live: true, everPublished: true },
  { name: 'published with an edit waiting (newest version a draft)', state: 'draft', live: true, everPublished: true },
  { name: 'taken down', state: 'archived', live: false, everPublished: true },
  { name: 'taken down, edited and resubmitted', state: 'in_review', live: false, everPublished: true },
]

type Outcome = 'ok' | 403
const ROLES = ['nobody', 'editor', 'reviewer', 'admin'] as const
/** `reviewer`: the reviewer of any stage, each stage role on its own and all of them (today's migrated reviewer). */
const ROLE_LISTS: Record<(typeof ROLES)[number], string[][]> = {
  nobody: [[]],
  editor: [['editor']],
  reviewer: [
    ['first_reviewer'],
    ['second_reviewer'],
    ['final_reviewer'],
    ['first_reviewer', 'second_reviewer', 'final_reviewer'],
  ],
  admin: [['admin']],
}
const A_REVIEWER = ['second_reviewer']

// prettier-ignore
const EXPECTED: Record<string, Record<(typeof ROLES)[number], Outcome>> = {
  //                                                          nobody  editor  reviewer  admin
  'a draft never published':                                { nobody: 403, editor: 'ok', reviewer: 'ok', admin: 'ok' },
  'in review, never published':                             { nobody: 403, editor: 'ok', reviewer: 'ok', admin: 'ok' },
  'sent back, never published':                             { nobody: 403, editor: 'ok', reviewer: 'ok', admin: 'ok' },
  'approved, never published':                              { nobody: 403, editor: 403,  reviewer: 'ok', admin: 'ok' },
  'scheduled':                                              { nobody: 403, editor: 403,  reviewer: 'ok', admin: 'ok' },
  'published':                                              { nobody: 403, editor: 403,  reviewer: 'ok', admin: 'ok' },
  'published with an edit waiting (newest version a draft)': { nobody: 403, editor: 403, reviewer: 'ok', admin: 'ok' },
  'taken down':                                             { nobody: 403, editor: 403,  reviewer: 'ok', admin: 'ok' },
  'taken down, edited and resubmitted':                     { nobody: 403, editor: 403,  reviewer: 'ok', admin: 'ok' },
}

const input = (doc: Doc, overrides: Partial<TrashMoveInput> = {}): TrashMoveInput => ({
  move: 'trash',
  roles: ['editor'],
  state: doc.state,
  live: doc.live,
  everPublished: doc.everPublished,
  ...overrides,
})

const DRAFT = DOCS[0]
const LIVE = DOCS[5]
const ARCHIVED = DOCS[7]

describe('decideTrashMove: who may move what into the trash and out again', () => {
  for (const move of ['trash', 'restore'] as const) {
    for (const doc of DOCS) {
      for (const role of ROLES) {
        for (const roles of ROLE_LISTS[role]) {
          it(`${move}: ${role} ${JSON.stringify(roles)} on ${doc.name} -> ${EXPECTED[doc.name][role]}`, () => {
            expect(outcome(decideTrashMove(input(doc, { move, roles })))).toBe(EXPECTED[doc.name][role])
          })
        }
      }
    }
  }

  it('a user with several roles has the rights of the strongest', () => {
    expect(outcome(decideTrashMove(input(LIVE, { roles: ['editor', 'first_reviewer'] })))).toBe('ok')
  })

  it.each([
    ['not a list', 'admin'],
    ['junk strings', ['root', 'Admin', '__proto__', 'reviewer']],
    ['no strings', [1, null, {}]],
  ])('untrusted roles (%s) hold no role', (_, roles) => {
    expect(decideTrashMove(input(DRAFT, { roles }))).toMatchObject({ ok: false, status: 403, code: 'not_staff' })
  })

  it('records the state the document keeps: the live state when readers see it', () => {
    expect(decideTrashMove(input(LIVE, { roles: A_REVIEWER }))).toEqual({
      ok: true,
      move: 'trash',
      state: 'published',
    })
    expect(decideTrashMove(input(DOCS[6], { roles: A_REVIEWER }))).toMatchObject({ state: 'published' })
    expect(decideTrashMove(input(DOCS[1], { move: 'restore' }))).toEqual({
      ok: true,
      move: 'restore',
      state: 'in_review',
    })
    expect(decideTrashMove(input(ARCHIVED, { roles: ['admin'] }))).toMatchObject({ state: 'archived' })
  })

  it('tells an editor why, in Chinese and English, and whom to ask', () => {
    const live = decideTrashMove(input(LIVE))
    expect(live).toMatchObject({ ok: false, code: 'needs_lead' })
    if (live.ok) return
    expect(live.message).toMatch(/正在网站上.*审稿人或管理员.* \/ .*on the site.*reviewers and administrators/)
    const scheduled = decideTrashMove(input(DOCS[4], { move: 'restore' }))
    expect(!scheduled.ok && scheduled.message).toMatch(/「定时发布」.*恢复.* \/ .*"Scheduled".*restore it/)
    const record = decideTrashMove(input(ARCHIVED))
    expect(!record.ok && record.message).toMatch(/发布过.* \/ .*has been published/)
  })
})

describe('decideTrashMove: a `_status` sent along must say what is true', () => {
  const lead = { roles: A_REVIEWER }
  // prettier-ignore
  const CASES: [string, Doc, 'trash' | 'restore', unknown, 'ok' | 400 | 403 | 409][] = [
    ['none sent',                                  LIVE,  'restore', undefined,   'ok'],
    ['null sent',                                  LIVE,  'restore', null,        'ok'],
    ['restore as published, it was live',          LIVE,  'restore', 'published', 'ok'],
    ['restore as draft, it was live',              LIVE,  'restore', 'draft',     409],
    ['restore as draft, it was not live',          DRAFT, 'restore', 'draft',     'ok'],
    ['restore as published, it was not live',      DRAFT, 'restore', 'published', 403],
    ['restore as published, it was taken down',    ARCHIVED, 'restore', 'published', 403],
    ['trash as draft, it is live',                 LIVE,  'trash',   'draft',     409],
    ['trash as published, it is not live',         DRAFT, 'trash',   'published', 403],
    ['an unknown status',                          DRAFT, 'restore', 'archived',  400],
    ['a status that is not text',                  DRAFT, 'restore', 1,           400],
  ]
  it.each(CASES)('%s -> %s', (_, doc, move, requestedStatus, expected) => {
    expect(outcome(decideTrashMove(input(doc, { ...lead, move, requestedStatus })))).toBe(expected)
  })

  it('the restore dialog is told which box to tick', () => {
    const decision = decideTrashMove(input(LIVE, { ...lead, move: 'restore', requestedStatus: 'draft' }))
    expect(!decision.ok && decision.message).toMatch(/恢复为已发布版本.* \/ .*restore as published/)
  })

  it('checks in a fixed order: bad input, then role, then what the status would change', () => {
    expect(outcome(decideTrashMove(input(LIVE, { roles: [], requestedStatus: 'junk' })))).toBe(400)
    expect(decideTrashMove(input(LIVE, { move: 'restore', requestedStatus: 'draft' }))).toMatchObject({
      code: 'needs_lead',
    })
    expect(decideTrashMove(input(DRAFT, { roles: [], requestedStatus: 'published' }))).toMatchObject({
      code: 'not_staff',
    })
  })
})
