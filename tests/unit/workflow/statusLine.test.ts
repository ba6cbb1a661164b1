import { describe, expect, it } from 'vitest'

import { statusLine, type StatusLineInput } from '@/workflow/statusLine'

const LIVE = '2026-12-01T09:57:00.000Z'
const SCHEDULED = '2026-12-02T00:00:00.000Z'

describe('statusLine', () => {
  const cases: [StatusLineInput, zh: string, en: string][] = [
    [{ state: 'draft' }, '草稿', 'Draft'],
    [{ state: 'in_review', liveSince: null }, '待审', 'In review'],
    // An edit of a live story under review: readers still see the version published earlier.
    [
      { state: 'in_review', liveSince: LIVE },
      '待审 · 已发布版本 2026年12月1日 17:57',
      'In review · published version of 2026年12月1日 17:57',
    ],
    [{ state: 'published', liveSince: LIVE }, '已发布 · 2026年12月1日 17:57', 'Published · 2026年12月1日 17:57'],
    // Taken down: nothing is live, whatever Payload's versions say.
    [{ state: 'archived', liveSince: null }, '已撤下', 'Taken down'],
    [
      { state: 'scheduled', scheduledFor: SCHEDULED },
      '定时发布 · 将于 2026年12月2日 08:00 发布',
      'Scheduled · goes live 2026年12月2日 08:00',
    ],
    [
      { state: 'scheduled', scheduledFor: SCHEDULED, liveSince: LIVE },
      '定时发布 · 将于 2026年12月2日 08:00 发布 · 已发布版本 2026年12月1日 17:57',
      'Scheduled · goes live 2026年12月2日 08:00 · published version of 2026年12月1日 17:57',
    ],
    [{ state: 'changes_requested', inTrash: true }, '退回修改 · 在回收站中', 'Changes requested · in the trash'],
    // A time that cannot be read is left out rather than shown as "Invalid Date".
    [{ state: 'approved', liveSince: 'garbage' }, '已通过', 'Approved'],
  ]
  it.each(cases)('%j', (input, zh, en) => {
    expect(statusLine(input, 'zh', 'Asia/Shanghai')).toBe(zh)
    expect(statusLine(input, 'en', 'Asia/Shanghai')).toBe(en)
  })
})
