import type { FieldHook } from 'payload'

import { relationTargets, withoutHiddenTargets } from '../relationValues'
import { richTextTargets, withoutHiddenReferences } from '../richTextReferences'
import { readsForReader } from './readers'
import { visibilityOf } from './visibleTargets'

/**
 * A relationship field as a reader gets it: without the documents they may not see, whether it
 * holds ids (depth 0) or is to be populated (Payload populates after this hook, so only what is
 * left), in every answer that runs the field's hooks: REST, GraphQL, the Local API with access.
 */
export const relationForReaders: FieldHook = async ({ value, field, req, overrideAccess }) => {
  if (value === null || value === undefined || !readsForReader(req, overrideAccess)) return value
  if (field.type !== 'relationship' && field.type !== 'upload') return value
  const isVisible = await visibilityOf(req, relationTargets(value, field.relationTo))
  return withoutHiddenTargets(value, field.relationTo, isVisible)
}

/**
 * Rich text as a reader gets it: internal links to documents they may not see become plain text,
 * relationship and upload nodes showing them are left out.
 */
export const richTextForReaders: FieldHook = async ({ value, req, overrideAccess }) => {
  if (value === null || value === undefined || !readsForReader(req, overrideAccess)) return value
  const targets = richTextTargets(value)
  if (targets.length === 0) return value
  return withoutHiddenReferences(value, await visibilityOf(req, targets))
}
