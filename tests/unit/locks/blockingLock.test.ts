import { describe, expect, it } from 'vitest'

import { blockingLock } from '../../../src/locks/lockHolder'

const now = Date.parse('2026-12-01T08:00:00Z')
const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000).toISOString()

describe('blockingLock', () => {
  it.each([
    ['no lock', undefined, 7, false],
    ['my own lock', { userId: 7, updatedAt: minutesAgo(1) }, 7, false],
    ['my own lock, id as text', { userId: '7', updatedAt: minutesAgo(1) }, 7, false],
    ["someone else's fresh lock", { userId: 8, updatedAt: minutesAgo(1) }, 7, true],
    ["someone else's expired lock", { userId: 8, updatedAt: minutesAgo(6) }, 7, false],
    ['a lock, and no user acting', { userId: 8, updatedAt: minutesAgo(1) }, undefined, true],
  ])('%s', (_, lock, actor, blocks) => expect(blockingLock(lock, actor, 300, now)).toBe(blocks))
})
