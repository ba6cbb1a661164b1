/**
 * Honour titles quoted where the article says the group won them ("荣获“…”、日喀则市“…”等称号")
 * against the Honors records: an exact title is fine; a title close to a recorded one (a word
 * changed or dropped) is an error naming the recorded title; a title with no record is info.
 */
import type { CheckContext } from './checkContext'
import type { HonorRecord, RuleFinding } from './types'

const AWARD_SENTENCE = /(荣获|获得|获评|被评为|被授予|荣膺|授予)[^。！？；;\n]*?(称号|荣誉|奖项|表彰)/gu
const QUOTED = /“([^“”\n]{2,40})”/gu
/**
 * Share of the longer title a recorded title must have in common (in order) to count as the same
 * title mistyped: "民族团结模范集体" vs "民族团结进步模范集体" is 0.8; two different awards that
 * only share "先进集体" stay below.
 */
const CLOSE_ENOUGH = 0.7

/** Length of the longest common subsequence: a dropped or changed word keeps the rest in order. */
function commonSubsequence(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

function closest(title: string, honors: readonly HonorRecord[]): { honor: HonorRecord; ratio: number } | null {
  let found: { honor: HonorRecord; ratio: number } | null = null
  for (const honor of honors) {
    const ratio = commonSubsequence(title, honor.title) / Math.max(title.length, honor.title.length)
    if (!found || ratio > found.ratio) found = { honor, ratio }
  }
  return found
}

export function honorsMatchRecords(ctx: CheckContext): RuleFinding[] {
  if (ctx.honors.length === 0) return []
  const titles = new Set(ctx.honors.map((h) => h.title))
  const findings: RuleFinding[] = []
  for (const sentence of ctx.text.matchAll(AWARD_SENTENCE)) {
    const base = sentence.index ?? 0
    for (const quoted of sentence[0].matchAll(QUOTED)) {
      const title = quoted[1] ?? ''
      if (titles.has(title)) continue
      const offset = base + (quoted.index ?? 0) + 1
      const at = { excerpt: title, offset, length: title.length }
      const near = closest(title, ctx.honors)
      if (near && near.ratio >= CLOSE_ENOUGH) {
        findings.push({
          ...at,
          severity: 'error',
          message: `荣誉名称与记录不一致：记录为“${near.honor.title}”，文中为“${title}”。请核对称号全称。`,
          suggestion: near.honor.title,
          record: { collection: 'honors', id: near.honor.id, name: near.honor.title },
        })
      } else {
        findings.push({
          ...at,
          severity: 'info',
          message: `未找到荣誉“${title}”的记录。请核实称号，并补建荣誉记录。`,
        })
      }
    }
  }
  return findings
}
