import { toSlug } from '@/fields/slug/toSlug'
import { BOOKKEEPING_FIELDS } from '@/workflow/bookkeeping'

import type { Bilingual, DiffField } from './fields'
import { plainFieldText, richFieldText } from './fieldText'
import { diffText, type DiffSegment } from './textDiff'
import { comparableItems, sameItems, sameItemsReordered, valueSummary } from './values'

/**
 * What changed between two versions of a document, field by field, for the review panel: the
 * reviewer re-reads only what changed. Pure: the caller loads the versions (as Payload returns
 * them) and passes the collection's content fields in the editor's order.
 */
export type FieldChange =
  | { name: string; label: Bilingual; kind: 'text' | 'richText'; segments: DiffSegment[] }
  | {
      name: string
      label: Bilingual
      kind: 'value' | 'relationship'
      before: Bilingual
      after: Bilingual
      /** The same items (rows, related documents) in another order. */
      orderOnly: boolean
    }

type Version = Record<string, unknown> | null | undefined

/** The workflow's own records: set by the workflow, never an edit a reviewer re-reads. */
const isBookkeeping = (name: string) => BOOKKEEPING_FIELDS.has(name) || name === 'updatedAt'

/** A slug as the hook generates it from its source: toSlug(source), or that with -2, -3 … */
function isGeneratedSlug(slug: unknown, source: unknown): boolean {
  if (typeof slug !== 'string' || typeof source !== 'string') return false
  const base = toSlug(source)
  return base !== '' && (slug === base || new RegExp(`^${base}-\\d+$`).test(slug))
}

/** A generated slug that follows its source's change is not a change of its own. */
function slugFollowsSource(field: DiffField, older: Version, newer: Version): boolean {
  if (!field.slugFrom) return false
  return (
    isGeneratedSlug(older?.[field.name], older?.[field.slugFrom]) &&
    isGeneratedSlug(newer?.[field.name], newer?.[field.slugFrom])
  )
}

function textChange(field: DiffField, older: Version, newer: Version): FieldChange | null {
  const read = field.kind === 'richText' ? richFieldText : plainFieldText
  const before = read(older?.[field.name])
  const after = read(newer?.[field.name])
  if (before === after) return null
  return {
    name: field.name,
    label: field.label,
    kind: field.kind as 'text' | 'richText',
    segments: diffText(before, after),
  }
}

function valueChange(field: DiffField, older: Version, newer: Version): FieldChange | null {
  const beforeValue = older?.[field.name]
  const afterValue = newer?.[field.name]
  const before = comparableItems(field, beforeValue)
  const after = comparableItems(field, afterValue)
  if (sameItems(before, after)) return null
  return {
    name: field.name,
    label: field.label,
    kind: field.kind as 'value' | 'relationship',
    before: valueSummary(field, beforeValue),
    after: valueSummary(field, afterValue),
    orderOnly: sameItemsReordered(before, after),
  }
}

/**
 * The fields that differ from `older` to `newer`, in the order of `fields`, each with its label:
 * text and rich text with the inline difference, other values as before → after. `older` may be
 * null (a first version: everything it has is new). Bookkeeping fields never count.
 */
export function diffVersions(older: Version, newer: Version, fields: readonly DiffField[]): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of fields) {
    if (isBookkeeping(field.name) || slugFollowsSource(field, older, newer)) continue
    const change =
      field.kind === 'text' || field.kind === 'richText'
        ? textChange(field, older, newer)
        : valueChange(field, older, newer)
    if (change) changes.push(change)
  }
  return changes
}
