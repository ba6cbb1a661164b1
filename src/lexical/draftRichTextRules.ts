import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig, Validate, ValidationFieldError } from 'payload'

import { ValidationError } from 'payload'

/**
 * Payload skips every field's `validate` when it saves a draft (drafts may be incomplete), and the
 * rich-text editor's rules live in `validate`: heading and list tags, list item numbers, the
 * targets of links, uploads and relationships. A draft that breaks them was stored, and the
 * approved article then could not be published. A draft may be incomplete, never invalid: those
 * rules run for drafts too, as the field's own validate, exactly as publishing runs it, with
 * `required` off.
 */
type RichTextField = Extract<FlattenedField, { type: 'richText' }>

export interface RichTextWrite {
  collection: SanitizedCollectionConfig
  operation: 'create' | 'update'
  req: PayloadRequest
  id?: number | string
  data: Record<string, unknown>
  draft?: boolean
  overrideAccess?: boolean
}

/** Whether Payload will store this write without validating it: a draft save, in a collection that has drafts. */
export function skipsPayloadValidation({ collection, data, draft }: RichTextWrite): boolean {
  const drafts = collection.versions ? collection.versions.drafts : false
  if (!draft || !drafts) return false
  if (typeof drafts === 'object' && drafts.validate) return false
  return data._status !== 'published'
}

async function brokenRule(field: RichTextField, write: RichTextWrite): Promise<string | null> {
  const value = write.data[field.name]
  const validate = field.validate as Validate | undefined
  if (!validate || value === null || value === undefined) return null
  const result = await validate(value, {
    ...field,
    id: write.id,
    collectionSlug: write.collection.slug,
    data: write.data,
    siblingData: write.data,
    event: 'submit',
    operation: write.operation,
    overrideAccess: write.overrideAccess,
    path: [field.name],
    preferences: { fields: {} },
    req: write.req,
    // Incomplete is allowed: an empty body is a draft's right until it is published.
    required: false,
  } as unknown as Parameters<Validate>[1])
  return typeof result === 'string' ? result : null
}

/** Throws the 400 publishing would answer (a ValidationError naming each field) if a draft's rich text breaks a rule. */
export async function refuseInvalidDraftRichText(write: RichTextWrite, fields: RichTextField[]): Promise<void> {
  const errors: ValidationFieldError[] = []
  for (const field of fields) {
    const problem = await brokenRule(field, write)
    if (problem) {
      errors.push({
        path: field.name,
        label: field.label || undefined,
        message: `草稿可以不完整，但不能含无效内容：${problem} / A draft may be incomplete, never invalid: ${problem}`,
      })
    }
  }
  if (errors.length > 0) {
    throw new ValidationError({ collection: write.collection.slug, errors, req: write.req }, write.req.t)
  }
}
