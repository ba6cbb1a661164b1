import { describe, expect, it } from 'vitest'

import { MAX_SESSIONS_PER_USER, sessionsToKeep } from '../../../src/auth/sessionsToKeep'

const NOW = new Date('2026-05-01T12:00:00Z')
const hoursFromNow = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString()
const session = (id: string, createdHoursAgo: number, expiresInHours: number) => ({
  id,
  createdAt: hoursFromNow(-createdHoursAgo),
  expiresAt: hoursFromNow(expiresInHours),
})

describe('sessionsToKeep', () => {
  it('drops expired sessions, and one expiring this very moment', () => {
    const sessions = [session('old', 9, -1), session('now', 8, 0), session('live', 1, 7)]
    expect(sessionsToKeep(sessions, NOW).map((s) => s.id)).toEqual(['live'])
  })

  it('keeps the newest ones up to the limit, in their stored order', () => {
    const sessions = [session('b', 2, 6), session('a', 3, 5), session('d', 0, 8), session('c', 1, 7)]
    expect(sessionsToKeep(sessions, NOW, 2).map((s) => s.id)).toEqual(['d', 'c'])
  })

  it('keeps everything live under the limit, unchanged', () => {
    const sessions = [session('a', 3, 5), session('b', 2, 6)]
    expect(sessionsToKeep(sessions, NOW)).toEqual(sessions)
  })

  it('limits to MAX_SESSIONS_PER_USER by default, keeping the newest login', () => {
    const sessions = Array.from({ length: MAX_SESSIONS_PER_USER + 5 }, (_, i) => session(`s${i}`, 20 - i, 1))
    const kept = sessionsToKeep(sessions, NOW)
    expect(kept).toHaveLength(MAX_SESSIONS_PER_USER)
    expect(kept.map((s) => s.id)).toContain(`s${MAX_SESSIONS_PER_USER + 4}`)
    expect(kept.map((s) => s.id)).not.toContain('s0')
  })

  it('accepts Date objects as the database adapter returns them', () => {
    const sessions = [{ id: 'x', createdAt: new Date(NOW.getTime() - 1000), expiresAt: new Date(NOW.getTime() + 1000) }]
    expect(sessionsToKeep(sessions, NOW)).toEqual(sessions)
  })

  it('treats an unreadable expiry as expired and an unreadable creation time as the oldest', () => {
    const sessions = [
      { id: 'bad-expiry', createdAt: hoursFromNow(-1), expiresAt: 'not a date' },
      { id: 'no-created', createdAt: null, expiresAt: hoursFromNow(5) },
      session('new', 0, 8),
    ]
    expect(sessionsToKeep(sessions, NOW, 1).map((s) => s.id)).toEqual(['new'])
    expect(sessionsToKeep(sessions, NOW, 5).map((s) => s.id)).toEqual(['no-created', 'new'])
  })

  it('keeps nothing for a limit of zero or less', () => {
    expect(sessionsToKeep([session('a', 1, 1)], NOW, 0)).toEqual([])
    expect(sessionsToKeep([session('a', 1, 1)], NOW, -3)).toEqual([])
  })
})
