import { describe, expect, it } from 'vitest'

import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../../src/workflow/actions'
import { gateOnChecks, MIN_OVERRIDE_REASON_LENGTH, readOverrideReason } from '../../../src/workflow/checksGate'
import { decideTransition, type DecisionInput } from '../../../src/workflow/decide'
import { NOW, sittingAt, THREE } from './fixtures'

const REASON = '数字已与县发改委核实，记录待更新'

describe('the approve gate on check errors', () => {
  // action, errors (undefined: no checks ran), reason, expected: 'pass' | 'override' | 422
  const cases: [WorkflowAction, number | undefined, string | undefined, 'pass' | 'override' | 422][] = [
    ['approve', undefined, undefined, 'pass'],
    ['approve', 0, undefined, 'pass'],
    ['approve', 0, REASON, 'pass'], // nothing to override: no override is recorded
    ['approve', 1, undefined, 422],
    ['approve', 3, undefined, 422],
    ['approve', 1, REASON, 'override'],
    ['approve', 12, REASON, 'override'],
    ['sign_off', undefined, undefined, 'pass'],
    ['sign_off', 0, undefined, 'pass'],
    ['sign_off', 1, undefined, 422], // 签发 lets the errors straight out to readers
    ['sign_off', 1, REASON, 'override'],
    ['submit', 5, undefined, 'pass'], // errors never stop the author from asking for review
    ['withdraw', 5, undefined, 'pass'],
    ['request_changes', 5, undefined, 'pass'],
    ['publish', 5, undefined, 'pass'], // the approval already weighed them
    ['unpublish', 5, undefined, 'pass'],
    ['cancel_schedule', 5, undefined, 'pass'],
    ['reassign', 5, undefined, 'pass'],
  ]
  it.each(cases)('%s with %s errors and reason %j: %s', (action, errors, reason, expected) => {
    const result = gateOnChecks(action, errors, reason)
    if (expected === 422) {
      expect(result).toMatchObject({ ok: false, status: 422, code: 'check_errors' })
      if (!result.ok) {
        expect(result.zh).toContain(`${errors} 处错误`)
        expect(result.en).toContain(`${errors} error`)
      }
    } else if (expected === 'override') {
      expect(result).toEqual({ ok: true, override: { errors, reason } })
    } else {
      expect(result).toEqual({ ok: true })
    }
  })

  it('names one error in the singular and several in the plural', () => {
    const one = gateOnChecks('approve', 1, undefined)
    const two = gateOnChecks('approve', 2, undefined)
    expect(!one.ok && one.en).toContain('found 1 error (')
    expect(!two.ok && two.en).toContain('found 2 errors (')
  })
})

describe('reading the override reason from a request', () => {
  const short = '核'.repeat(MIN_OVERRIDE_REASON_LENGTH - 1)
  const justEnough = '核'.repeat(MIN_OVERRIDE_REASON_LENGTH)
  // action, raw value, expected: the reason kept, undefined for none, or the refusal code
  const cases: [WorkflowAction, unknown, string | undefined | { code: string }][] = [
    ['approve', undefined, undefined],
    ['approve', null, undefined],
    ['approve', '', undefined],
    ['approve', '   \n ', undefined],
    ['approve', `  ${REASON}  `, REASON],
    ['approve', justEnough, justEnough],
    ['approve', '😀😀😀😀', '😀😀😀😀'], // counted as people count, not in UTF-16 units
    ['approve', short, { code: 'override_too_short' }],
    ['approve', 'ok', { code: 'override_too_short' }],
    ['approve', '字'.repeat(2001), { code: 'override_too_long' }],
    ['approve', 42, { code: 'invalid_override' }],
    ['approve', { reason: REASON }, { code: 'invalid_override' }],
    ['approve', [REASON], { code: 'invalid_override' }],
    ['sign_off', `  ${REASON}  `, REASON],
    ['sign_off', short, { code: 'override_too_short' }],
    ['submit', REASON, { code: 'override_not_allowed' }],
    ['publish', REASON, { code: 'override_not_allowed' }],
    ['request_changes', REASON, { code: 'override_not_allowed' }],
    ['reassign', REASON, { code: 'override_not_allowed' }],
    ['submit', '', undefined],
  ]
  it.each(cases)('%s with %j', (action, raw, expected) => {
    const result = readOverrideReason(action, raw)
    if (expected !== undefined && typeof expected === 'object') {
      expect(result).toMatchObject({ ok: false, status: 400, ...expected })
    } else {
      expect(result).toEqual(expected === undefined ? { ok: true } : { ok: true, reason: expected })
    }
  })

  it('covers every action: only approve and sign_off (签发) take a reason', () => {
    const takers = WORKFLOW_ACTIONS.filter((action) => readOverrideReason(action, REASON).ok)
    expect(takers).toEqual(['approve', 'sign_off'])
  })
})

describe('decideTransition with check results', () => {
  const base: DecisionInput = {
    state: 'in_review',
    action: 'approve',
    roles: ['final_reviewer'],
    userId: 7,
    contentAuthorIds: [99],
    workflow: THREE,
    position: sittingAt(THREE, '终审'),
    now: NOW,
  }

  it('refuses an approval over errors with 422 and no reason, and lets it through with one', () => {
    expect(decideTransition({ ...base, checkErrors: 2 })).toMatchObject({
      ok: false,
      status: 422,
      code: 'check_errors',
    })
    const over = decideTransition({ ...base, checkErrors: 2, overrideChecks: REASON })
    expect(over).toMatchObject({
      ok: true,
      from: 'in_review',
      to: 'approved',
      action: 'approve',
      checks: { errors: 2, overrideReason: REASON },
    })
  })

  it('gates every stage, not only the release: each approval vouches for the text', () => {
    for (const [zh, roles] of [
      ['初审', ['first_reviewer']],
      ['复审', ['second_reviewer']],
    ] as const) {
      const at = { ...base, roles: [...roles], position: sittingAt(THREE, zh), checkErrors: 1 }
      expect(decideTransition(at)).toMatchObject({ ok: false, status: 422, code: 'check_errors' })
      expect(decideTransition({ ...at, overrideChecks: REASON })).toMatchObject({ ok: true, to: 'in_review' })
    }
  })

  it('gates 签发 like an approval', () => {
    const signOff = { ...base, action: 'sign_off', checkErrors: 3 }
    expect(decideTransition(signOff)).toMatchObject({ ok: false, status: 422, code: 'check_errors' })
    expect(decideTransition({ ...signOff, overrideChecks: REASON })).toMatchObject({
      ok: true,
      to: 'published',
      checks: { errors: 3, overrideReason: REASON },
    })
  })

  it('records the error count of a clean check and of a submit, and nothing when no checks ran', () => {
    expect(decideTransition({ ...base, checkErrors: 0 })).toMatchObject({ ok: true, checks: { errors: 0 } })
    const submit = decideTransition({ ...base, state: 'draft', action: 'submit', roles: ['editor'], checkErrors: 3 })
    expect(submit).toMatchObject({ ok: true, to: 'in_review', checks: { errors: 3 } })
    expect(submit.ok && submit.checks?.overrideReason).toBeFalsy()
    expect(decideTransition(base)).not.toHaveProperty('checks')
  })

  it('answers who may act and in which state before what the text says', () => {
    // An editor, the author, and the wrong state each get their own answer, never the 422.
    expect(decideTransition({ ...base, roles: ['editor'], checkErrors: 2 })).toMatchObject({ status: 403 })
    expect(decideTransition({ ...base, contentAuthorIds: [7], checkErrors: 2 })).toMatchObject({
      status: 403,
      code: 'four_eyes',
    })
    expect(decideTransition({ ...base, state: 'draft', checkErrors: 2 })).toMatchObject({ status: 409 })
    expect(decideTransition({ ...base, roles: ['first_reviewer'], checkErrors: 2 })).toMatchObject({
      status: 403,
      code: 'not_your_stage',
    })
  })

  it('rejects a malformed reason as a bad request before anything else about the document', () => {
    expect(decideTransition({ ...base, roles: ['editor'], overrideChecks: 'ok' })).toMatchObject({
      status: 400,
      code: 'override_too_short',
    })
    expect(
      decideTransition({ ...base, action: 'request_changes', comment: '请改', overrideChecks: REASON }),
    ).toMatchObject({
      status: 400,
      code: 'override_not_allowed',
    })
  })
})
