import type { Bilingual, DiffField } from './fields'

/**
 * Values that are not text, compared by what they mean rather than how the API happened to send
 * them: a relationship is its ids (populated or not), an array row is its content (Payload's row
 * id is made anew by an edit that changes nothing), and nothing, null, '' and [] are all empty.
 */
const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A related document's key: its id (and collection, for a relationship to several). */
function relationKey(item: unknown): string {
  if (isRecord(item) && 'relationTo' in item && 'value' in item) {
    return `${String(item.relationTo)}:${relationKey(item.value)}`
  }
  if (isRecord(item)) return String(item.id)
  return String(item)
}

const relationItems = (value: unknown): unknown[] => (isEmpty(value) ? [] : Array.isArray(value) ? value : [value])

/** Content as a canonical string: object keys sorted, `id` keys and empty entries left out. */
function canonical(value: unknown): string {
  if (isEmpty(value)) return 'null'
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isRecord(value)) {
    const entries = Object.keys(value)
      .filter((key) => key !== 'id' && !isEmpty(value[key]))
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** What is compared: the list of items (ids for relationships, canonical content for values). */
export function comparableItems(field: DiffField, value: unknown): string[] {
  if (field.kind === 'relationship') return relationItems(value).map(relationKey)
  if (isEmpty(value)) return []
  return Array.isArray(value) ? value.map(canonical) : [canonical(value)]
}

export const sameItems = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index])

/** The same items in another order: only the order changed. */
export const sameItemsReordered = (a: readonly string[], b: readonly string[]): boolean =>
  !sameItems(a, b) && sameItems([...a].sort(), [...b].sort())

export const EMPTY: Bilingual = { zh: '（空）', en: '(empty)' }

const both = (text: string): Bilingual => ({ zh: text, en: text })

function joinBilingual(parts: readonly Bilingual[], zhSeparator: string, enSeparator: string): Bilingual {
  return { zh: parts.map((part) => part.zh).join(zhSeparator), en: parts.map((part) => part.en).join(enSeparator) }
}

/** One scalar as the reader knows it: a select's label, yes/no, the number or date as stored. */
function scalarSummary(field: DiffField, value: unknown): Bilingual {
  if (typeof value === 'boolean') return value ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' }
  const option = typeof value === 'string' ? field.options?.[value] : undefined
  if (option) return option
  if (typeof value === 'string' || typeof value === 'number') return both(String(value))
  return both(JSON.stringify(value) ?? '')
}

/** An array row: its fields' values in the order of the row's fields (记者 孙良栋). */
function rowSummary(field: DiffField, row: Record<string, unknown>): Bilingual {
  const rowFields =
    field.rowFields ?? Object.keys(row).map((name) => ({ name, label: both(name), kind: 'value' as const }))
  const parts = rowFields
    .filter((rowField) => rowField.name !== 'id' && !isEmpty(row[rowField.name]))
    .map((rowField) => itemSummary(rowField, row[rowField.name]))
  return joinBilingual(parts, ' ', ' ')
}

function itemSummary(field: DiffField, item: unknown): Bilingual {
  if (Array.isArray(item))
    return joinBilingual(
      item.map((each) => itemSummary(field, each)),
      '、',
      ', ',
    )
  if (isRecord(item)) return rowSummary(field, item)
  return scalarSummary(field, item)
}

/** A related document: its title or name when populated, else its id. */
function relationSummary(item: unknown): Bilingual {
  const document = isRecord(item) && 'relationTo' in item && 'value' in item ? item.value : item
  if (isRecord(document)) {
    const title = [document.title, document.name, document.filename].find((text) => typeof text === 'string' && text)
    if (typeof title === 'string') return both(title)
  }
  return both(`#${relationKey(document)}`)
}

/** The value in a line, for "before → after". */
export function valueSummary(field: DiffField, value: unknown): Bilingual {
  if (isEmpty(value)) return EMPTY
  if (field.kind === 'relationship') return joinBilingual(relationItems(value).map(relationSummary), '、', ', ')
  if (Array.isArray(value) && value.some(isRecord)) {
    return joinBilingual(
      value.map((row) => itemSummary(field, row)),
      '；',
      '; ',
    )
  }
  return itemSummary(field, value)
}
