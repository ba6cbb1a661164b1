/**
 * Shares ("其中，基础设施类项目19个，总投资1.16亿元，占比87.8%") against the figures they are
 * computed from: the part is the amount just before the share in its sentence, the whole the
 * nearest earlier amount of the same paragraph that is at least as large and is not itself a
 * part. Both are taken as the intervals their precision allows, so 1.16亿÷1.32亿 (87.2%–88.6%)
 * agrees with "87.8%" although 11600÷13200 is 87.88%. A share that names a declared category is
 * also compared with the share the column global declares for it.
 */
import { rankCandidates } from './attribution'
import type { CheckContext } from './checkContext'
import { findMoneyFigures, type MoneyFigure } from './moneyFigures'
import { spanIndexAt } from './textSpans'
import type { RuleFinding } from './types'

const SHARE = /占(?:比|到|总投资的|总额的|全部的|总数的)?(?:约|达)?(\d+(?:\.\d+)?)[%％]/gu

const decimalsOf = (n: string): number => n.split('.')[1]?.length ?? 0
const round = (n: number, decimals: number): string => n.toFixed(decimals)

export function sharesAddUp(ctx: CheckContext): RuleFinding[] {
  const { text } = ctx
  const figures = findMoneyFigures(text)
  const boundaries = figures.map((f) => ({ offset: f.offset, length: f.text.length }))
  const shares = [...text.matchAll(SHARE)].map((m) => ({ match: m, offset: m.index ?? 0 }))
  const sentenceOf = (offset: number) => spanIndexAt(ctx.sentences, offset)

  // The part of each share: the last amount before it in the same sentence.
  const partOf = new Map<number, MoneyFigure>()
  for (const { offset } of shares) {
    const part = figures.filter((f) => f.offset < offset && sentenceOf(f.offset) === sentenceOf(offset)).at(-1)
    if (part) partOf.set(offset, part)
  }
  const parts = new Set(partOf.values())

  const findings: RuleFinding[] = []
  for (const { match, offset } of shares) {
    const percentText = match[1] ?? '0'
    const percent = Number(percentText)
    const decimals = decimalsOf(percentText)
    const half = 0.5 * 10 ** -decimals
    const numberOffset = offset + match[0].indexOf(percentText)
    const excerptLength = match[0].length - (numberOffset - offset)
    const at = {
      excerpt: text.slice(numberOffset, numberOffset + excerptLength),
      offset: numberOffset,
      length: excerptLength,
    }
    if (percent > 100) {
      findings.push({ ...at, severity: 'error', message: `占比${percentText}%超过100%，请核对。` })
      continue
    }

    const part = partOf.get(offset)
    const whole = part && wholeFor(ctx, figures, parts, part)
    if (part && whole) {
      const lowest = (100 * part.low) / whole.high
      const highest = (100 * part.high) / whole.low
      if (percent + half < lowest - 1e-9 || percent - half > highest + 1e-9) {
        const computed = (100 * part.value) / whole.value
        findings.push({
          ...at,
          severity: 'error',
          message:
            `占比与文中数字不符：${part.text}÷${whole.text}≈${round(computed, Math.max(decimals, 1))}%，` +
            `文中为${percentText}%。请核对占比或金额。`,
          suggestion: `${round(computed, decimals)}%`,
        })
        continue
      }
    }

    // The declared share of a category named in the sentence.
    const declared = rankCandidates(ctx, offset, offset + match[0].length, boundaries).find(
      (c) => c.target.kind === 'category' && c.target.sharePercent !== null,
    )
    const declaredShare = declared?.target.sharePercent
    if (declared && declaredShare != null && Math.abs(declaredShare - percent) > half + 1e-9) {
      findings.push({
        ...at,
        severity: 'error',
        message: `占比与专栏申报数据不符：“${declared.target.record.name}”申报占比为${declaredShare}%，文中为${percentText}%。请核对。`,
        suggestion: `${declaredShare}%`,
        record: { ...declared.target.record, value: declaredShare },
      })
    }
  }
  return findings
}

function wholeFor(
  ctx: CheckContext,
  figures: readonly MoneyFigure[],
  parts: ReadonlySet<MoneyFigure>,
  part: MoneyFigure,
): MoneyFigure | undefined {
  const block = ctx.text.lastIndexOf('\n', part.offset) + 1
  for (let i = figures.indexOf(part) - 1; i >= 0; i--) {
    const f = figures[i]
    if (!f || f.offset < block) break
    if (!parts.has(f) && f.value >= part.value) return f
  }
  return undefined
}
