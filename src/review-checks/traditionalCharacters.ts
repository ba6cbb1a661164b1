/**
 * Traditional characters in simplified text ("中小學生"), usually pasted from a Hong Kong or
 * Taiwan source or typed with the wrong input mode. A run of them is one finding with the
 * simplified run as suggestion.
 */
import type { CheckContext } from './checkContext'
import { TRADITIONAL_CLASS, TRADITIONAL_TO_SIMPLIFIED } from './traditionalMap'
import type { RuleFinding } from './types'

const TRADITIONAL_RUN = new RegExp(`${TRADITIONAL_CLASS}+`, 'gu')

export function traditionalCharacters(ctx: CheckContext): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const match of ctx.text.matchAll(TRADITIONAL_RUN)) {
    const run = match[0]
    const simplified = [...run].map((ch) => TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch).join('')
    findings.push({
      severity: 'warning',
      message: `“${run}”是繁体字，简体中文稿件应写作“${simplified}”。`,
      excerpt: run,
      offset: match.index ?? 0,
      length: run.length,
      suggestion: simplified,
    })
  }
  return findings
}
