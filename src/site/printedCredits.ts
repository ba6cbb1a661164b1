/**
 * The names printed at the end of a published story, as a Chinese news site prints them:
 * 「责任编辑：张华」 and 「签发：陈静」 on one line, an ideographic space between. The workflow
 * stores them on the article (`printedCredits`, a JSON field) when a version is published; stories
 * published before 三审 have none and print none. The field is JSON, so what comes back is
 * checked here, never trusted. Pure.
 */

export interface PrintedCredit {
  label: string
  name: string
}

/** More than this is no newspaper's credit line but a damaged record; the rest is dropped. */
export const MAX_CREDITS = 8
/** The longest label kept (值班总编辑 is five characters). */
export const MAX_LABEL_LENGTH = 16
/** The longest name kept: generous for transliterated names (阿沛·阿旺晋美), short of a paragraph. */
export const MAX_NAME_LENGTH = 40

/** What separates two credits on one line: the ideographic space, as the papers set it. */
export const CREDIT_SEPARATOR = '\u3000'

// Control characters and line breaks would break the line (and XML); runs of blanks become one.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/g
const BLANKS = /\s+/g
// A label configured as 「责任编辑：」 must not print 「责任编辑：：张华」.
const TRAILING_COLONS = /[:：\s]+$/

const characterCount = (text: string) => Array.from(text).length

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The text cleaned for one line, or null when nothing printable is left or it is too long. */
function printable(value: unknown, maxLength: number, stripColons: boolean): string | null {
  if (typeof value !== 'string') return null
  let text = value.replace(CONTROL, ' ').replace(BLANKS, ' ').trim()
  if (stripColons) text = text.replace(TRAILING_COLONS, '')
  if (text === '') return null
  // Too long is damage, not a name: printing a cut-off name would misprint a person.
  return characterCount(text) <= maxLength ? text : null
}

/**
 * The credits a stored value holds, in their order: entries that are not `{ label, name }` with
 * printable, not over-long strings are skipped, exact repeats are dropped, at most MAX_CREDITS.
 */
export function printedCreditsOf(value: unknown): PrintedCredit[] {
  if (!Array.isArray(value)) return []
  const credits: PrintedCredit[] = []
  const seen = new Set<string>()
  for (const entry of value) {
    if (credits.length >= MAX_CREDITS) break
    if (!isRecord(entry)) continue
    const label = printable(entry.label, MAX_LABEL_LENGTH, true)
    const name = printable(entry.name, MAX_NAME_LENGTH, false)
    if (label === null || name === null) continue
    const key = `${label}\u0000${name}`
    if (seen.has(key)) continue
    seen.add(key)
    credits.push({ label, name })
  }
  return credits
}

/**
 * One printed credit per label, in the order the labels first appear: two stages printed with the
 * same label (审核) share it, their names joined with 「、」 as the papers do (审核：李明、王芳).
 */
export function creditLines(credits: readonly PrintedCredit[]): string[] {
  const namesByLabel = new Map<string, string[]>()
  for (const { label, name } of credits) {
    const names = namesByLabel.get(label)
    if (names) names.push(name)
    else namesByLabel.set(label, [name])
  }
  return Array.from(namesByLabel, ([label, names]) => `${label}：${names.join('、')}`)
}

/** The whole credit line, the credits separated by CREDIT_SEPARATOR; empty when there is none. */
export const formatPrintedCredits = (credits: readonly PrintedCredit[]) => creditLines(credits).join(CREDIT_SEPARATOR)
