/**
 * Quotation marks and brackets that do not pair up within a block: “…” ‘…’ 《…》 （…） 【…】
 * 「…」 『…』 (ASCII parentheses pair like full-width ones; halfWidthPunctuation reports their
 * width). A closing mark of the wrong kind, a closing mark with nothing open, and a mark left
 * open at the end of the block are each reported at the mark. ’ between Latin letters is an
 * apostrophe ("China’s"), not a quote.
 */
import type { CheckContext } from './checkContext'
import type { RuleFinding } from './types'

const CLOSER_OF: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '（': '）',
  '(': ')',
  '【': '】',
  '「': '」',
  '『': '』',
}
const OPENERS = new Set(Object.keys(CLOSER_OF))
const CLOSERS = new Set(Object.values(CLOSER_OF))
const MARKS = /[“”‘’《》（）()【】「」『』]/gu
const LATIN = /[A-Za-z]/u

/** （ and ( close each other, so a mixed pair is reported once (as width), not here. */
const closes = (opener: string, closer: string): boolean =>
  CLOSER_OF[opener] === closer || ((opener === '(' || opener === '（') && (closer === ')' || closer === '）'))

interface Open {
  mark: string
  offset: number
}

export function pairedMarks(ctx: CheckContext): RuleFinding[] {
  const findings: RuleFinding[] = []
  const report = (offset: number, mark: string, message: string, suggestion?: string) =>
    findings.push({ severity: 'warning', message, excerpt: mark, offset, length: 1, suggestion })

  for (const part of ctx.parts) {
    const block = ctx.text.slice(part.start, part.end)
    const stack: Open[] = []
    for (const match of block.matchAll(MARKS)) {
      const mark = match[0]
      const offset = part.start + (match.index ?? 0)
      if (mark === '’' && LATIN.test(ctx.text[offset - 1] ?? '') && LATIN.test(ctx.text[offset + 1] ?? '')) continue
      if (OPENERS.has(mark)) {
        stack.push({ mark, offset })
        continue
      }
      if (!CLOSERS.has(mark)) continue
      const top = stack[stack.length - 1]
      if (top && closes(top.mark, mark)) {
        stack.pop()
      } else if (top && stack.some((o) => closes(o.mark, mark))) {
        // Something opened inside was never closed: report it, then close the outer pair.
        while (stack.length > 0 && !closes(stack[stack.length - 1]?.mark ?? '', mark)) {
          const open = stack.pop()
          if (open) report(open.offset, open.mark, `“${open.mark}”没有配对的“${CLOSER_OF[open.mark]}”，请补上或删去。`)
        }
        stack.pop()
      } else if (top) {
        report(
          offset,
          mark,
          `这里应以“${CLOSER_OF[top.mark]}”与前面的“${top.mark}”配对，却用了“${mark}”。`,
          CLOSER_OF[top.mark],
        )
        stack.pop()
      } else {
        report(offset, mark, `“${mark}”前面没有与之配对的开引号或开括号，请补上或删去。`)
      }
    }
    for (const open of stack)
      report(open.offset, open.mark, `“${open.mark}”没有配对的“${CLOSER_OF[open.mark]}”，请补上或删去。`)
  }
  return findings
}
