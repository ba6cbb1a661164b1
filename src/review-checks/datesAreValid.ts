/**
 * Dates in the text and on the project records:
 * - a month followed by a day without 日 ("4月16集中开工"): warning, suggest "4月16日";
 * - a date that does not exist (2月30日, 13月): error;
 * - completion before start, in one sentence ("5月开工…3月竣工") or on a project record: error;
 * - a dated event outside the aid period the column global states: warning (history is allowed,
 *   so it asks rather than blocks). Only dates whose year is written or follows from 当年/同年/
 *   次年 are placed; "今年" depends on the publication date and is left alone. The period is
 *   compared by month because the column stores months as their first day.
 */
import type { CheckContext } from './checkContext'
import { normaliseName } from './factTargets'
import { spanIndexAt } from './textSpans'
import type { ProjectRecord, RuleFinding } from './types'

const DATE = /(?<![\d.．])(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})(日|号)?)?/gu
/** After a bare day: a range or list continues it ("4月16至18日"), so the 日 comes later. */
const DAY_CONTINUES = /^[\d至到—–\-~～、和]/u
const RELATIVE_YEAR_BEFORE = /(当年|同年|次年|今年|去年|明年)$/u
const EXPLICIT_YEAR = /(\d{4})年/gu
const STARTS = /^.{0,8}?(开工|动工|开建|启动|开始)/u
const COMPLETES = /^.{0,8}?(竣工|完工|建成|验收|交付|投用|投入使用|落成)/u

interface TextDate {
  offset: number
  length: number
  excerpt: string
  year: number | null
  month: number
  day: number | null
}

export const daysInMonth = (month: number, year: number | null): number =>
  month === 2
    ? year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31

/** 'YYYY-MM…' → a month number for comparison; null when not a date. */
function monthIndex(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})/u.exec(iso) : null
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null
}

const key = (d: { year: number | null; month: number; day: number | null }): number =>
  (d.year ?? 0) * 10000 + d.month * 100 + (d.day ?? 0)

export function datesAreValid(ctx: CheckContext): RuleFinding[] {
  const { text } = ctx
  const findings: RuleFinding[] = []
  const period = aidPeriod(ctx)
  const dates: TextDate[] = []

  for (const match of text.matchAll(DATE)) {
    const [whole, yearText, monthText = '0', dayText, dayMark] = match
    const offset = match.index ?? 0
    const month = Number(monthText)
    const day = dayText === undefined ? null : Number(dayText)
    const after = text.slice(offset + whole.length, offset + whole.length + 1)
    const at = { excerpt: whole, offset, length: whole.length }
    const year = yearText ? Number(yearText) : yearFromContext(text, offset)

    if (day !== null && !dayMark && !DAY_CONTINUES.test(after)) {
      findings.push({
        ...at,
        severity: 'warning',
        message: `日期“${whole}”缺少“日”字，请补全为“${whole}日”。`,
        suggestion: `${whole}日`,
      })
    }
    if (month < 1 || month > 12) {
      findings.push({ ...at, severity: 'error', message: `“${whole}”中的月份${month}不存在，请核对日期。` })
      continue
    }
    if (day !== null && (day < 1 || day > daysInMonth(month, year))) {
      findings.push({
        ...at,
        severity: 'error',
        message: `日期“${whole}”不存在：${year ? `${year}年` : ''}${month}月只有${daysInMonth(month, year)}天。请核对日期。`,
      })
      continue
    }
    if (year !== null && period) {
      const index = year * 12 + month - 1
      if (index < period.start || index > period.end) {
        findings.push({
          ...at,
          severity: 'warning',
          message: `日期“${whole}”${year !== Number(yearText) ? `（${year}年）` : ''}不在援藏期${period.label}内。若不是回顾往事，请核对。`,
        })
      }
    }
    dates.push({ ...at, year, month, day })
  }

  findings.push(...startAfterCompletionInText(ctx, dates), ...recordDates(ctx, period))
  return findings
}

/** 当年/同年 → the last year written before, in the same block; 次年 → the one after it. */
function yearFromContext(text: string, offset: number): number | null {
  const relative = RELATIVE_YEAR_BEFORE.exec(text.slice(Math.max(0, offset - 2), offset))?.[1]
  if (!relative || !['当年', '同年', '次年'].includes(relative)) return null
  const block = text.slice(text.lastIndexOf('\n', offset) + 1, offset)
  const last = [...block.matchAll(EXPLICIT_YEAR)].at(-1)
  if (!last) return null
  return Number(last[1]) + (relative === '次年' ? 1 : 0)
}

function aidPeriod(ctx: CheckContext): { start: number; end: number; label: string } | null {
  const start = monthIndex(ctx.column.aidPeriod?.start)
  const end = monthIndex(ctx.column.aidPeriod?.end)
  if (start === null || end === null) return null
  const label = (i: number) => `${Math.floor(i / 12)}年${(i % 12) + 1}月`
  return { start, end, label: `（${label(start)}至${label(end)}）` }
}

function startAfterCompletionInText(ctx: CheckContext, dates: readonly TextDate[]): RuleFinding[] {
  const findings: RuleFinding[] = []
  let lastStart: TextDate | null = null
  let lastSentence = -2
  for (const date of dates) {
    const sentence = spanIndexAt(ctx.sentences, date.offset)
    if (sentence !== lastSentence) lastStart = null
    lastSentence = sentence
    const after = ctx.text.slice(date.offset + date.length, date.offset + date.length + 12)
    if (STARTS.test(after)) lastStart = date
    else if (
      COMPLETES.test(after) &&
      lastStart &&
      key(date) < key(lastStart) &&
      date.year !== null &&
      lastStart.year !== null
    ) {
      findings.push({
        excerpt: date.excerpt,
        offset: date.offset,
        length: date.length,
        severity: 'error',
        message: `完工日期“${date.excerpt}”早于开工日期“${lastStart.excerpt}”，请核对。`,
      })
    }
  }
  return findings
}

/** Findings about a record point at the project's first mention, or at nothing (offset 0, length 0). */
function anchorOf(ctx: CheckContext, project: ProjectRecord): { excerpt: string; offset: number; length: number } {
  const names = [project.name, normaliseName(project.name)]
  const mention = ctx.mentions.find((m) => m.target.record.name === project.name && m.target.kind === 'project')
  if (mention)
    return {
      excerpt: ctx.text.slice(mention.start, mention.end),
      offset: mention.start,
      length: mention.end - mention.start,
    }
  for (const name of names) {
    const at = ctx.text.indexOf(name)
    if (name && at >= 0) return { excerpt: name, offset: at, length: name.length }
  }
  return { excerpt: '', offset: 0, length: 0 }
}

function recordDates(ctx: CheckContext, period: ReturnType<typeof aidPeriod>): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const project of ctx.projects) {
    const start = project.startDate?.slice(0, 10)
    const done = project.completionDate?.slice(0, 10)
    const record = { collection: 'projects' as const, id: project.id, name: project.name }
    if (start && done && done < start) {
      findings.push({
        ...anchorOf(ctx, project),
        severity: 'error',
        message: `项目记录“${project.name}”的竣工日期（${done}）早于开工日期（${start}），请改正记录。`,
        record: { ...record, value: done },
      })
    }
    if (!period) continue
    for (const [label, date] of [
      ['开工日期', start],
      ['竣工日期', done],
    ] as const) {
      const index = monthIndex(date)
      if (index === null || (index >= period.start && index <= period.end)) continue
      findings.push({
        ...anchorOf(ctx, project),
        severity: 'warning',
        message: `项目记录“${project.name}”的${label}（${date}）不在援藏期${period.label}内，请核对。`,
        record: { ...record, value: date ?? '' },
      })
    }
  }
  return findings
}
