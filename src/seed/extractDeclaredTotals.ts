/**
 * The programme-level figures the article declares (project count, investment, per-category
 * totals, the 十四五 plan, the construction batches, the aid period, the work group's size), read
 * from its sentences so review checks can compare the seeded projects against them.
 */
import { AMOUNT_PATTERN, parseAmount, parseCount } from '../review-checks/parseAmount'
import { articleTexts, type ParsedColumnArticle } from './parseColumnArticle'

export interface DeclaredTotals {
  projectCount: number
  /** 万元 */
  investment: number
  categories: { category: string; projectCount: number; investment: number; sharePercent: number }[]
  plan: { label: string; investment: number }
  batches: { label: string; years: string; category: string; projectCount: number; investment: number }[]
  /** YYYY-MM */
  aidPeriod: { start: string; end: string }
  workGroupSize: number
}

const AMOUNT = `(?<amount>${AMOUNT_PATTERN})`
const TOTAL = new RegExp(`对口支援项目(?<count>\\d+)个[,，]投资${AMOUNT}`, 'u')
const CATEGORY = new RegExp(
  `(?<category>\\p{Script=Han}+类)项目(?<count>\\d+)个[,，]总投资${AMOUNT}[,，]占比(?<share>\\d+(?:\\.\\d+)?)%`,
  'gu',
)
const PLAN = new RegExp(`制定(?<label>“[^”]+”援藏规划)[,，]总投资达?${AMOUNT}`, 'u')
// "2020年,…总投资4199万元的9个基建类项目" / "2021年、2022年策划投资7430万元的10个基建类项目"
const BATCH = new RegExp(
  `(?<years>\\d{4}年(?:、\\d{4}年)*)[^。]*?投资${AMOUNT}的(?<count>\\d+)个(?<category>\\p{Script=Han}+?类)项目`,
  'gu',
)
const START = /从(?<year>\d{4})年(?<month>\d{1,2})月至今/u
const END_MONTH = /今年(?<month>\d{1,2})月[,，]?工作组即将圆满完成/u
const TERM = /援藏(?<years>[\d一二两三四五六七八九十]+)年时间/u
const GROUP_SIZE = /(?<size>\d+)名援藏党员干部/gu

/** The article abbreviates 基础设施类 as 基建类 when it talks about construction batches. */
const CATEGORY_ALIASES: Readonly<Record<string, string>> = { 基建类: '基础设施类' }

function fail(message: string): never {
  throw new Error(`extractDeclaredTotals: ${message}`)
}

function findOne(texts: string[], pattern: RegExp, what: string): Record<string, string> {
  for (const text of texts) {
    const groups = pattern.exec(text)?.groups
    if (groups) return groups
  }
  return fail(`the article no longer states ${what} (${pattern})`)
}

function findAll(texts: string[], pattern: RegExp, what: string): Record<string, string>[] {
  const all = texts.flatMap((text) => [...text.matchAll(pattern)].map((m) => m.groups ?? {}))
  if (all.length === 0) fail(`the article no longer states ${what} (${pattern})`)
  return all
}

function amount(groups: Record<string, string>): number {
  const value = groups.amount === undefined ? null : parseAmount(groups.amount)
  return value ?? fail(`"${groups.amount}" is not an amount`)
}

function count(text: string | undefined): number {
  const value = text === undefined ? null : parseCount(text)
  return value ?? fail(`"${text}" is not a number`)
}

/** '2020' for one year, '2021–2022' for consecutive years, '2019, 2021' otherwise. */
function yearSpan(years: number[]): string {
  const first = years[0] ?? fail('a batch without a year')
  const last = years[years.length - 1] ?? first
  const consecutive = years.every((year, i) => year === first + i)
  if (years.length === 1) return String(first)
  return consecutive ? `${first}–${last}` : years.join(', ')
}

const month = (year: number, m: number): string => `${year}-${String(m).padStart(2, '0')}`

export function extractDeclaredTotals(parsed: ParsedColumnArticle): DeclaredTotals {
  const texts = articleTexts(parsed)

  const total = findOne(texts, TOTAL, 'the total project count and investment')
  const categories = findAll(texts, CATEGORY, 'the per-category totals').map((g) => ({
    category: g.category ?? '',
    projectCount: count(g.count),
    investment: amount(g),
    sharePercent: Number(g.share),
  }))
  const plan = findOne(texts, PLAN, 'the 十四五 plan')
  const batches = findAll(texts, BATCH, 'the construction batches').map((g) => {
    const years = [...(g.years ?? '').matchAll(/\d{4}/g)].map((m) => Number(m[0]))
    const category = g.category ?? ''
    return {
      label: `${g.years}${category}项目`,
      years: yearSpan(years),
      category: CATEGORY_ALIASES[category] ?? category,
      projectCount: count(g.count),
      investment: amount(g),
    }
  })

  // The term starts "从2019年7月至今". The article never prints the year it ends: it says "今年7月,
  // 工作组即将圆满完成援藏各项工作任务" (this July the work is completed) and that the term is three
  // years ("援藏三年时间"), so the end is start year + term length, in the month "今年" names.
  const start = findOne(texts, START, 'when the aid term started')
  const endMonth = findOne(texts, END_MONTH, 'when the aid term ends')
  const term = count(findOne(texts, TERM, 'the length of the aid term').years)
  const startYear = count(start.year)

  // The group's size is stated more than once ("8名援藏党员干部"); all mentions must agree.
  const sizes = new Set(findAll(texts, GROUP_SIZE, 'the size of the work group').map((g) => count(g.size)))
  if (sizes.size !== 1) fail(`the article states different work group sizes: ${[...sizes].join(', ')}`)
  const [workGroupSize = 0] = sizes

  return {
    projectCount: count(total.count),
    investment: amount(total),
    categories,
    plan: { label: plan.label ?? '', investment: amount(plan) },
    batches,
    aidPeriod: { start: month(startYear, count(start.month)), end: month(startYear + term, count(endMonth.month)) },
    workGroupSize,
  }
}
