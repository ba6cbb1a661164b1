/**
 * Whether the values a client sent have the JSON type their fields hold. Payload turns a number or
 * an object sent for a text field into a string and stores it; the API refuses such a write
 * instead, so a client bug or a probe never becomes content. Null is left to `required`. Pure.
 */
export interface FieldShape {
  name: string
  type: string
  hasMany?: boolean
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)
const isId = (value: unknown) => typeof value === 'number' || typeof value === 'string' || isObject(value)

// Payload's own admin sends an array or blocks field without rows as its row count, 0.
const isList = (value: unknown) => Array.isArray(value) || value === 0

const SCALAR_CHECKS: Record<string, { test: (value: unknown) => boolean; expected: string }> = {
  text: { test: (v) => typeof v === 'string', expected: 'text' },
  textarea: { test: (v) => typeof v === 'string', expected: 'text' },
  email: { test: (v) => typeof v === 'string', expected: 'text' },
  code: { test: (v) => typeof v === 'string', expected: 'text' },
  date: { test: (v) => typeof v === 'string', expected: 'a date string' },
  select: { test: (v) => typeof v === 'string', expected: 'an option' },
  radio: { test: (v) => typeof v === 'string', expected: 'an option' },
  number: { test: (v) => typeof v === 'number', expected: 'a number' },
  checkbox: { test: (v) => typeof v === 'boolean', expected: 'true or false' },
  relationship: { test: isId, expected: 'an id' },
  upload: { test: isId, expected: 'an id' },
  array: { test: isList, expected: 'a list' },
  blocks: { test: isList, expected: 'a list' },
  group: { test: isObject, expected: 'an object' },
}

/** More entries than any document needs (47 projects in the whole programme), far fewer than break a query. */
export const MAX_LIST_ITEMS = 1000

export interface WrongType {
  path: string
  /** What the field takes, in English (the API's message adds the Chinese). */
  expected: string
}

export function wrongTypeFields(data: Record<string, unknown>, fields: FieldShape[]): WrongType[] {
  const wrong: WrongType[] = []
  for (const field of fields) {
    const value = data[field.name]
    const check = SCALAR_CHECKS[field.type]
    if (!check || value === undefined || value === null) continue
    const fits = field.hasMany ? Array.isArray(value) && value.every((item) => check.test(item)) : check.test(value)
    if (!fits)
      wrong.push({ path: field.name, expected: field.hasMany ? `a list of ${check.expected}` : check.expected })
    else if (Array.isArray(value) && value.length > MAX_LIST_ITEMS) {
      wrong.push({ path: field.name, expected: `at most ${MAX_LIST_ITEMS} entries` })
    }
  }
  return wrong
}
