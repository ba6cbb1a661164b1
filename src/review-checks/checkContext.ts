/**
 * Everything the rules share, computed once per check: sentences, the fact targets and where
 * each of their keys occurs. Rules only read it, so adding a rule adds no extra scans.
 */
import { partsFromLines } from './articleText'
import { buildTargets, type FactTarget } from './factTargets'
import { splitSentences, type Span } from './textSpans'
import type { ArticlePart, CheckInput, CheckSettings, ColumnFacts, HonorRecord, ProjectRecord } from './types'

export interface Mention {
  target: FactTarget
  start: number
  end: number
  weight: number
}

export interface CheckContext {
  text: string
  parts: readonly ArticlePart[]
  sentences: readonly Span[]
  projects: readonly ProjectRecord[]
  honors: readonly HonorRecord[]
  column: ColumnFacts
  settings: CheckSettings
  targets: readonly FactTarget[]
  /** Every occurrence of every target key, by start offset; nested ones of one target dropped. */
  mentions: readonly Mention[]
}

export const DEFAULT_SETTINGS: CheckSettings = { latinSpacing: 'none' }

function findMentions(text: string, targets: readonly FactTarget[]): Mention[] {
  const mentions: Mention[] = []
  for (const target of targets) {
    // Heaviest (then longest) keys first, so "卡嘎镇" inside the full name "卡嘎镇便民服务中心…"
    // does not count a second time.
    const keys = [...target.keys].sort((a, b) => b.weight - a.weight || b.text.length - a.text.length)
    const taken: Mention[] = []
    for (const key of keys) {
      if (key.text === '') continue
      for (let at = text.indexOf(key.text); at >= 0; at = text.indexOf(key.text, at + key.text.length)) {
        const end = at + key.text.length
        if (taken.some((m) => m.start <= at && end <= m.end)) continue
        taken.push({ target, start: at, end, weight: key.weight })
      }
    }
    mentions.push(...taken)
  }
  return mentions.sort((a, b) => a.start - b.start)
}

export function createContext(input: CheckInput): CheckContext {
  const column = input.column ?? {}
  const projects = input.projects ?? []
  const targets = buildTargets(projects, column)
  return {
    text: input.text,
    parts: input.parts ?? partsFromLines(input.text),
    sentences: splitSentences(input.text),
    projects,
    honors: input.honors ?? [],
    column,
    settings: { ...DEFAULT_SETTINGS, ...input.settings },
    targets,
    mentions: findMentions(input.text, targets),
  }
}
