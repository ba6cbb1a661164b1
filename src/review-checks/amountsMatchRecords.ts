/**
 * Every investment figure of the article against what it is about: a project record, or one of
 * the programme figures the column global declares (total, category, batch, plan).
 * - Some target named near the figure has the same value (within the text's precision): fine —
 *   a figure can sit next to several names, and one agreeing is the usual case.
 * - It is surely about a target (a name, fragment or village is near) whose value differs: error.
 * - That target has no value recorded: info, so the record can be completed.
 * - Nothing it could be about: info, a figure the records do not cover.
 * Figures without a word like 投资/出资/资金 before them (incomes, prices) are not compared.
 */
import { rankCandidates } from './attribution'
import type { CheckContext } from './checkContext'
import type { FactTarget } from './factTargets'
import { agrees, describeWanYuan, findMoneyFigures, type MoneyFigure } from './moneyFigures'
import type { RuleFinding } from './types'

const HAS_INVESTMENT: ReadonlySet<FactTarget['kind']> = new Set(['project', 'total', 'category', 'batch', 'plan'])

export function amountsMatchRecords(ctx: CheckContext): RuleFinding[] {
  const figures = findMoneyFigures(ctx.text)
  const boundaries = figures.map((f) => ({ offset: f.offset, length: f.text.length }))
  const findings: RuleFinding[] = []
  for (const figure of figures) {
    if (!figure.isInvestment) continue
    const candidates = rankCandidates(ctx, figure.offset, figure.offset + figure.text.length, boundaries).filter((c) =>
      HAS_INVESTMENT.has(c.target.kind),
    )
    if (candidates.some((c) => c.target.investment !== null && agrees(figure, c.target.investment))) continue
    // The best-scored target the sentence actually names; a township alone never makes an error.
    const best = candidates.find((c) => c.named)
    const at = { excerpt: figure.text, offset: figure.offset, length: figure.text.length }
    if (!best) {
      findings.push({
        ...at,
        severity: 'info',
        message: `未找到“${figure.text}”对应的项目记录或专栏申报数据。请核对出处；若是项目投资，请补建项目记录。`,
      })
    } else if (best.target.investment === null) {
      findings.push({
        ...at,
        severity: 'info',
        message: `“${best.target.record.name}”的记录没有填写投资额，文中为${figure.text}。请核实后补录。`,
        record: best.target.record,
      })
    } else {
      findings.push({ ...at, ...mismatch(figure, best.target, best.target.investment) })
    }
  }
  return findings
}

function mismatch(
  figure: MoneyFigure,
  target: FactTarget,
  recorded: number,
): Omit<RuleFinding, 'excerpt' | 'offset' | 'length'> {
  const where = target.record.collection === 'column' ? '专栏申报数据中' : '项目记录中'
  return {
    severity: 'error',
    message:
      `金额与记录不符：${where}“${target.record.name}”为${describeWanYuan(recorded)}，` +
      `文中写作“${figure.text}”。请核对原始材料，改正文中数字或记录。`,
    suggestion: figure.approximate ? undefined : figure.format(recorded),
    record: { ...target.record, value: recorded },
  }
}
