import { describe, expect, it } from 'vitest'

import { stageLabelOf, statusLine, waitedFor, type StatusLineInput } from '@/workflow/statusLine'

const LIVE = '2026-12-01T09:57:00.000Z'
const SCHEDULED = '2026-12-02T00:00:00.000Z'
const SECOND_REVIEW = { zh: '复审', en: 'Second review' }

describe('statusLine', () => {
  const cases: [StatusLineInput, zh: string, en: string][] = [
    [{ state: 'draft' }, '草稿', 'Draft'],
    [{ state: 'in_review', liveSince: null }, '待审', 'In review'],
    // The stage a submission waits at: whose turn it is.
    [{ state: 'in_review', stage: SECOND_REVIEW }, '待审 · 复审', 'In review · Second review'],
    // A stage without an English name is named in Chinese in the English admin.
    [{ state: 'in_review', stage: { zh: '复审', en: '' } }, '待审 · 复审', 'In review · 复审'],
    // An edit of a live story under review: readers still see the version published earlier.
    [
      { state: 'in_review', liveSince: LIVE },
      '待审 · 已发布版本 2026年12月1日 17:57',
      'In review · published version of 2026年12月1日 17:57',
    ],
    [
      { state: 'in_review', stage: SECOND_REVIEW, liveSince: LIVE },
      '待审 · 复审 · 已发布版本 2026年12月1日 17:57',
      'In review · Second review · published version of 2026年12月1日 17:57',
    ],
    [{ state: 'published', liveSince: LIVE }, '已发布 · 2026年12月1日 17:57', 'Published · 2026年12月1日 17:57'],
    // Only a version in review names its stage: an approved one has passed them all.
    [{ state: 'approved', stage: { zh: '终审', en: 'Final review' } }, '已通过', 'Approved'],
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

describe('stageLabelOf', () => {
  const cases: [stored: unknown, label: ReturnType<typeof stageLabelOf>][] = [
    [{ key: 's', name: SECOND_REVIEW, index: 1 }, SECOND_REVIEW],
    [{ name: { zh: '初审' } }, { zh: '初审', en: '初审' }],
    [null, null],
    [undefined, null],
    ['复审', null],
    [{ name: '复审' }, null],
    [{ name: { zh: '  ', en: 'x' } }, null],
    [{ name: { zh: 7 } }, null],
  ]
  it.each(cases)('%j', (stored, label) => expect(stageLabelOf(stored)).toEqual(label))
})

describe('waitedFor', () => {
  const now = new Date('2026-12-01T12:00:00.000Z')
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString()
  const cases: [since: string | null, zh: string, en: string][] = [
    [ago(20_000), '刚刚送达', 'arrived just now'],
    // A browser clock a little ahead of the server's.
    [ago(-5_000), '刚刚送达', 'arrived just now'],
    [ago(60_000), '已等待 1 分钟', 'waiting 1 minute'],
    [ago(59 * 60_000), '已等待 59 分钟', 'waiting 59 minutes'],
    [ago(3 * 3600_000 + 59 * 60_000), '已等待 3 小时', 'waiting 3 hours'],
    [ago(3600_000), '已等待 1 小时', 'waiting 1 hour'],
    [ago(2 * 86_400_000 + 3600_000), '已等待 2 天', 'waiting 2 days'],
    [null, '', ''],
    ['garbage', '', ''],
  ]
  it.each(cases)('%s', (since, zh, en) => {
    expect(waitedFor(since, now, 'zh')).toBe(zh)
    expect(waitedFor(since, now, 'en')).toBe(en)
  })
})
