/**
 * Counts ("47个", "4处", "50名", "30批次") against the records that state them: a project's
 * quantity, the declared number of projects (in total, per category, per batch) and the size of
 * the work group. Only counts that surely belong to such a figure are compared:
 * - a project quantity needs the project named nearby and the same measure word;
 * - a declared project count needs 项目 right at the count ("项目47个", "9个基建类项目");
 * - the work group's size needs the group right after it ("8名援藏党员干部") and no word of a
 *   running total before it ("累计选派120名援藏干部").
 * Counts written with 余/多, ordinals (第3批) and distributives (每5个) are not compared, and
 * Chinese-numeral counts are left alone: in prose they are mostly idiom ("一村一品", "三年时间").
 */
import { rankCandidates } from './attribution'
import type { CheckContext } from './checkContext'
import type { FactTarget } from './factTargets'
import { findMoneyFigures } from './moneyFigures'
import type { RuleFinding } from './types'

const COUNT =
  /(?<![\d.．])(\d+)(余|多)?(批次|个|处|名|所|座|批|家|户|项|类|台|套|间|栋|人|次|支|场|期|条|辆)(?!月|小时|工作日)/gu
const NOT_A_COUNT_BEFORE = /[每第前近约]$/u
const PROJECT_COUNT_AFTER = /^\p{Script=Han}{0,6}?项目/u
const PROJECT_COUNT_BEFORE = /项目$/u
const CUMULATIVE_BEFORE = /累计|历年|历批|先后|共计|总共|共有|各批/u

function gate(target: FactTarget, named: boolean, before: string, after: string): boolean {
  switch (target.kind) {
    case 'project':
      return named
    case 'total':
    case 'category':
    case 'batch':
      return PROJECT_COUNT_AFTER.test(after) || PROJECT_COUNT_BEFORE.test(before)
    case 'workGroup':
      // "累计选派120名援藏干部" counts every group over the years, not this one.
      return target.keys.some((k) => after.startsWith(k.text)) && !CUMULATIVE_BEFORE.test(before)
    default:
      return false
  }
}

export function countsMatchRecords(ctx: CheckContext): RuleFinding[] {
  const { text } = ctx
  const boundaries = findMoneyFigures(text).map((f) => ({ offset: f.offset, length: f.text.length }))
  const findings: RuleFinding[] = []
  for (const match of text.matchAll(COUNT)) {
    const [whole, digits = '', approx, unit = ''] = match
    const offset = match.index ?? 0
    const before = text.slice(Math.max(0, offset - 8), offset)
    if (approx || NOT_A_COUNT_BEFORE.test(before)) continue
    const after = text.slice(offset + whole.length, offset + whole.length + 8)
    const n = Number(digits)
    const candidates = rankCandidates(ctx, offset, offset + whole.length, boundaries).filter(
      (c) =>
        c.target.count?.value != null && c.target.count.units.includes(unit) && gate(c.target, c.named, before, after),
    )
    const best = candidates[0]
    if (!best || candidates.some((c) => c.target.count?.value === n)) continue
    const recorded = best.target.count?.value ?? 0
    findings.push({
      severity: 'error',
      message:
        `数量与记录不符：“${best.target.record.name}”记录为${recorded}${unit}，文中为“${whole}”。` +
        '请核对原始材料，改正文中数字或记录。',
      excerpt: whole,
      offset,
      length: whole.length,
      suggestion: `${recorded}${unit}`,
      record: { ...best.target.record, value: recorded },
    })
  }
  return findings
}
