import { describe, expect, it } from 'vitest'

import { checkBaseVersion } from '../../../src/concurrency/baseVersionCheck'

const current = '2026-12-01T08:00:00.123Z'
const older = '2026-12-01T07:00:00.000Z'

describe('checkBaseVersion', () => {
  it.each([
    ['no base at all: allowed, unbased', {}, { ok: true, based: false }],
    ['If-Match of the current version', { ifMatch: `"${current}"` }, { ok: true, based: true }],
    ['If-Match of an older version: 412', { ifMatch: `"${older}"` }, { ok: false, status: 412, baseVersion: older }],
    ['If-Match *: any existing version', { ifMatch: '*' }, { ok: true, based: true }],
    ['the form sends the current updatedAt', { bodyUpdatedAt: current }, { ok: true, based: true }],
    [
      'the form sends an older updatedAt: 409',
      { bodyUpdatedAt: older },
      { ok: false, status: 409, baseVersion: older },
    ],
    [
      'garbage as updatedAt is a stale base',
      { bodyUpdatedAt: 'yesterday' },
      { ok: false, status: 409, baseVersion: 'yesterday' },
    ],
    [
      'If-Match decides when both are sent',
      { ifMatch: `"${older}"`, bodyUpdatedAt: current },
      { ok: false, status: 412, baseVersion: older },
    ],
    ['null updatedAt names no base', { bodyUpdatedAt: null }, { ok: true, based: false }],
  ])('%s', (_, claims, verdict) => expect(checkBaseVersion(claims, current)).toEqual(verdict))

  it('refuses any base when the document has no known version', () => {
    expect(checkBaseVersion({ ifMatch: `"${current}"` }, undefined)).toMatchObject({ ok: false, status: 412 })
  })
})
