/**
 * The work group's honours, read from the sentence "工作组先后荣获…等称号".
 *
 * The sentence lists groups separated by 、; each group is an optional awarding body followed by
 * one or more quoted titles, and the body applies to every title of its group:
 *   “西藏自治区脱贫攻坚先进集体”、日喀则市“…”、山东援藏“…”“…”“…”、昂仁县“…”“…”“…”
 * A group without a body names it at the start of the title (西藏自治区…). The body decides the
 * level through AWARDING_BODIES, the one place to add a body.
 */
import { articleTexts, type ParsedColumnArticle } from './parseColumnArticle'

export type HonorLevel = '自治区级' | '地市级' | '省级援藏系统' | '县级'

export interface SeedHonor {
  title: string
  level: HonorLevel
  awardedBy: string
}

const AWARDING_BODIES: Readonly<Record<string, HonorLevel>> = {
  西藏自治区: '自治区级',
  日喀则市: '地市级',
  山东援藏: '省级援藏系统',
  昂仁县: '县级',
}

const HONOR_LIST = /荣获(?<list>.+?)等称号/u
const QUOTED = /“(?<title>[^“”]+)”/gu

function fail(message: string): never {
  throw new Error(`extractHonors: ${message}`)
}

/** Splits at 、 outside quotation marks (a title could itself contain 、). */
function splitGroups(list: string): string[] {
  const groups: string[] = []
  let depth = 0
  let current = ''
  for (const ch of list) {
    if (ch === '“') depth += 1
    if (ch === '”') depth -= 1
    if (ch === '、' && depth === 0) {
      groups.push(current)
      current = ''
    } else {
      current += ch
    }
  }
  return [...groups, current]
}

function honorsOfGroup(group: string): SeedHonor[] {
  const prefix = group.slice(0, group.indexOf('“')).trim()
  const titles = [...group.matchAll(QUOTED)].map((m) => m.groups?.title ?? '')
  if (group.indexOf('“') < 0 || titles.length === 0) fail(`"${group}" has no quoted title`)
  return titles.map((title) => {
    const awardedBy = prefix || Object.keys(AWARDING_BODIES).find((body) => title.startsWith(body))
    if (!awardedBy) fail(`cannot tell who awarded "${title}"`)
    const level = AWARDING_BODIES[awardedBy]
    if (!level) fail(`unknown awarding body "${awardedBy}"; add it to AWARDING_BODIES`)
    return { title, level, awardedBy }
  })
}

export function extractHonors(parsed: ParsedColumnArticle): SeedHonor[] {
  const list = articleTexts(parsed)
    .map((text) => HONOR_LIST.exec(text)?.groups?.list)
    .find((found) => found !== undefined)
  if (list === undefined) fail('no "荣获…等称号" sentence in the article')
  return splitGroups(list).flatMap(honorsOfGroup)
}
