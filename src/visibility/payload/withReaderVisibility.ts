import type { CollectionConfig, Field } from 'payload'

import { relationForReaders, richTextForReaders } from './filterForReaders'
import { HIDDEN_WHEN_UNPUBLISHED } from './readers'
import { scopeReaderQueries } from './scopeReaderQueries'

const pointsAtHiddenDocuments = (relationTo: string | string[]) =>
  (Array.isArray(relationTo) ? relationTo : [relationTo]).some((slug) => HIDDEN_WHEN_UNPUBLISHED.has(slug))

type FieldWithHooks = Extract<Field, { type: 'relationship' | 'upload' | 'richText' }>

const withAfterRead = <T extends FieldWithHooks>(field: T, hook: typeof relationForReaders): T => ({
  ...field,
  hooks: { ...field.hooks, afterRead: [...(field.hooks?.afterRead ?? []), hook] },
})

/** Gives every relation to editorial documents and every rich-text field, at any nesting, its reader filter. */
function filterField(field: Field): Field {
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return pointsAtHiddenDocuments(field.relationTo) ? withAfterRead(field, relationForReaders) : field
    case 'richText':
      return withAfterRead(field, richTextForReaders)
    case 'group':
    case 'array':
    case 'row':
    case 'collapsible':
      return { ...field, fields: field.fields.map(filterField) }
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(filterField) })) }
    case 'blocks':
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(filterField) })),
      }
    default:
      return field
  }
}

/**
 * Readers see nothing of an unpublished document through a published one: the one place that
 * puts this on every collection (payload.config.ts). Relation values and rich-text references
 * to documents a reader may not see are removed from every answer for them (filterForReaders.ts),
 * and their where and sort on such relations are scoped to what they may see (scopeReaderQueries.ts).
 */
export const withReaderVisibility = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map(filterField),
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), scopeReaderQueries],
  },
})
