/**
 * The review assistant's checking library: pure functions, no Payload, no I/O. The framework
 * builds the text (buildArticleText) and passes the published records; checkArticle returns the
 * findings sorted by position.
 */
import { partAt } from './articleText'
import { createContext } from './checkContext'
import { rules, type RuleId } from './rules'
import type { CheckInput, Finding } from './types'

export interface CheckOptions {
  /** Run only these rules (default: all). */
  only?: readonly RuleId[]
}

export function checkArticle(input: CheckInput, options: CheckOptions = {}): Finding[] {
  const ctx = createContext(input)
  const selected = options.only ? rules.filter((r) => options.only?.includes(r.id)) : rules
  const findings: Finding[] = []
  for (const rule of selected) {
    for (const found of rule.check(ctx)) {
      const part = found.length > 0 || found.offset > 0 ? partAt(ctx.parts, found.offset) : undefined
      findings.push({ rule: rule.id, ...found, ...(part ? { part: { kind: part.kind, index: part.index } } : {}) })
    }
  }
  return findings.sort((a, b) => a.offset - b.offset || a.length - b.length || a.rule.localeCompare(b.rule))
}

export { buildArticleText, partAt, partsFromLines, type ArticleText } from './articleText'
export { DEFAULT_SETTINGS } from './checkContext'
export { rules, type Rule, type RuleGroup, type RuleId } from './rules'
export type {
  ArticlePart,
  ArticlePartInput,
  CheckInput,
  CheckSettings,
  ColumnFacts,
  DeclaredBatch,
  DeclaredCategory,
  Finding,
  FindingRecord,
  HonorRecord,
  PartKind,
  ProjectRecord,
  Severity,
} from './types'
