/**
 * Which of a collection's fields a reviewer compares, and how. The caller passes them in the order
 * the editor shows them; `contentFieldsOf` derives the list from a collection's field config (read
 * structurally, so this folder stays free of Payload).
 */
export interface Bilingual {
  zh: string
  en: string
}

/**
 * - `text`, `richText`: diffed inline (rich text as plain text, a line per paragraph);
 * - `value`: numbers, selects, dates, checkboxes, arrays of rows: compared by content, shown before → after;
 * - `relationship`: compared by the ids, whether the documents are populated or not; order counts.
 */
export type DiffFieldKind = 'text' | 'richText' | 'value' | 'relationship'

export interface DiffField {
  name: string
  label: Bilingual
  kind: DiffFieldKind
  /** A select's stored values and their labels, for the summary. */
  options?: Readonly<Record<string, Bilingual>>
  /** An array's row fields in order (kind `value`), for the summary of each row. */
  rowFields?: readonly DiffField[]
  /**
   * A slug generated from this field when left empty: its change is no change of its own when both
   * versions have the generated one (the title's change is listed).
   */
  slugFrom?: string
}

/** The parts of a Payload field config read here (structural: no import of Payload's types). */
export interface FieldConfigLike {
  name?: string
  type: string
  label?: unknown
  hidden?: boolean
  admin?: unknown
  options?: readonly (string | { value: string; label?: unknown })[]
  fields?: readonly FieldConfigLike[]
  tabs?: readonly { name?: string; label?: unknown; fields: readonly FieldConfigLike[] }[]
}

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])
const RELATION_TYPES = new Set(['relationship', 'upload'])
const VALUE_TYPES = new Set(['number', 'select', 'radio', 'checkbox', 'date', 'point', 'json', 'array', 'group'])

/** A config label as both languages: a string serves both; a function or nothing gives the name. */
export function labelOf(label: unknown, name: string): Bilingual {
  if (typeof label === 'string' && label !== '') return { zh: label, en: label }
  if (typeof label === 'object' && label !== null) {
    const { zh, en } = label as { zh?: unknown; en?: unknown }
    const zhText = typeof zh === 'string' ? zh : undefined
    const enText = typeof en === 'string' ? en : undefined
    if (zhText || enText) return { zh: zhText ?? enText ?? name, en: enText ?? zhText ?? name }
  }
  return { zh: name, en: name }
}

function optionsOf(field: FieldConfigLike): Record<string, Bilingual> | undefined {
  if (!field.options) return undefined
  const options: Record<string, Bilingual> = {}
  for (const option of field.options) {
    if (typeof option === 'string') options[option] = { zh: option, en: option }
    else options[option.value] = labelOf(option.label, option.value)
  }
  return options
}

function kindOf(type: string): DiffFieldKind | null {
  if (TEXT_TYPES.has(type)) return 'text'
  if (type === 'richText') return 'richText'
  if (RELATION_TYPES.has(type)) return 'relationship'
  if (VALUE_TYPES.has(type)) return 'value'
  return null // ui, join: nothing stored to compare
}

/**
 * The content fields of a collection's config, in order: layout (rows, collapsibles, unnamed tabs)
 * is looked through, hidden fields (derived mirrors such as `bodyImages`) are left out. `slugFrom`
 * names the field a `slug` is generated from.
 */
export function contentFieldsOf(
  fields: readonly FieldConfigLike[],
  { slugFrom }: { slugFrom?: string } = {},
): DiffField[] {
  const result: DiffField[] = []
  for (const field of fields) {
    if (field.hidden || (field.admin as { hidden?: unknown } | undefined)?.hidden === true) continue
    if (!field.name) {
      if (field.fields) result.push(...contentFieldsOf(field.fields, { slugFrom }))
      for (const tab of field.tabs ?? []) {
        if (tab.name) result.push({ name: tab.name, label: labelOf(tab.label, tab.name), kind: 'value' })
        else result.push(...contentFieldsOf(tab.fields, { slugFrom }))
      }
      continue
    }
    const kind = kindOf(field.type)
    if (!kind) continue
    const diffField: DiffField = { name: field.name, label: labelOf(field.label, field.name), kind }
    const options = optionsOf(field)
    if (options) diffField.options = options
    if (field.type === 'array' && field.fields) diffField.rowFields = contentFieldsOf(field.fields)
    if (field.name === 'slug' && slugFrom) diffField.slugFrom = slugFrom
    result.push(diffField)
  }
  return result
}
