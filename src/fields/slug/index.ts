import type { FieldHook, TextField, TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { bilingual } from '@/i18n/bilingual'

import { SLUG_PATTERN, toSlug } from './toSlug'

/** Fills an empty slug from the source field, adding -2, -3 ... when that slug is taken. */
const generateWhenEmpty =
  (sourceField: string): FieldHook =>
  async ({ value, siblingData, req, collection, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = siblingData?.[sourceField] ?? originalDoc?.[sourceField]
    if (typeof source !== 'string' || !collection) return value
    const base = toSlug(source) || `${collection.slug}-${Date.now().toString(36)}`

    for (let attempt = 1; attempt < 100; attempt++) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`
      const taken = await req.payload.count({
        collection: collection.slug as 'articles',
        where: { slug: { equals: candidate }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
        req,
      })
      if (taken.totalDocs === 0) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

const validateSlug: TextFieldSingleValidation = (value, args) => {
  const asText = text(value, args)
  if (asText !== true || !value) return asText // empty: generated in beforeValidate
  return SLUG_PATTERN.test(value)
    ? true
    : '网址别名只能包含小写字母、数字和连字符 / Slug may contain only lower-case letters, digits and hyphens'
}

export const slugField = (sourceField: string): TextField => ({
  name: 'slug',
  type: 'text',
  label: bilingual('网址别名', 'Slug'),
  unique: true,
  index: true,
  maxLength: 120,
  validate: validateSlug,
  admin: {
    position: 'sidebar',
    description: bilingual('留空则按标题自动生成（拼音）', 'Left empty, it is generated from the title'),
  },
  hooks: {
    // A copy needs an address of its own: clear it so it is generated anew (with -2, -3 ...).
    beforeDuplicate: [() => null],
    beforeValidate: [generateWhenEmpty(sourceField)],
  },
})
