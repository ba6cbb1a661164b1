import { describe, expect, it } from 'vitest'

import { rewritesBookkeeping } from '../../../src/workflow/payload/rewritesBookkeeping'

const before = { contentAuthors: [3, 7], scheduledFor: '2026-12-01T08:00:00.000Z', title: '旧' }

describe('rewritesBookkeeping', () => {
  it.each([
    ['a content edit', { title: '新' }],
    ['the stored values sent back', { contentAuthors: [3, 7], scheduledFor: '2026-12-01T08:00:00.000Z' }],
    ['the authors populated, in another order', { contentAuthors: [{ id: 7 }, { id: '3' }] }],
    ['the same time written differently', { scheduledFor: '2026-12-01T16:00:00+08:00' }],
  ])('lets %s through', (_name, data) => {
    expect(rewritesBookkeeping(data, before)).toEqual([])
  })

  it.each([
    ['cleared authors', { contentAuthors: [] }, ['contentAuthors']],
    ['someone else as author', { contentAuthors: [9] }, ['contentAuthors']],
    ['an earlier time', { scheduledFor: '2026-11-29T00:00:00.000Z' }, ['scheduledFor']],
    ['a cleared time', { scheduledFor: null }, ['scheduledFor']],
    ['both', { contentAuthors: [3], scheduledFor: null }, ['contentAuthors', 'scheduledFor']],
  ])('names %s', (_name, data, expected) => {
    expect(rewritesBookkeeping(data, before)).toEqual(expected)
  })

  it('treats a time set on a document without one as a change', () => {
    expect(rewritesBookkeeping({ scheduledFor: '2026-12-01T08:00:00.000Z' }, { scheduledFor: null })).toEqual([
      'scheduledFor',
    ])
  })
})
