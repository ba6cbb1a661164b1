import type { Field, SanitizedConfig } from 'payload'

import { EDITORIAL_COLLECTIONS } from '@/workflow/editorialCollections'

const isEditorial = (slug: string) => (EDITORIAL_COLLECTIONS as readonly string[]).includes(slug)

const PAYLOAD_STATUS = '_status'

const outOfLists = (field: Field): Field =>
  field.type === 'select' && field.name === PAYLOAD_STATUS
    ? { ...field, admin: { ...field.admin, disableListColumn: true, disableListFilter: true } }
    : field

/**
 * One status in the lists of articles, projects and honors: the review state (审稿状态, the
 * workflow's own field). Payload's draft/published `_status` knows nothing of review and
 * contradicts it: a story taken down reads "草稿（有已发布版本）" there. The column and its
 * filter are removed, so neither a column choice nor a saved preference brings it back; the field
 * itself stays (Payload's drafts need it, and the workflow writes it). Payload adds `_status` while
 * it sanitizes, so this runs on the sanitized config (payload.config.ts).
 */
export function oneStatusColumn(config: SanitizedConfig): SanitizedConfig {
  return {
    ...config,
    collections: config.collections.map((collection) =>
      isEditorial(collection.slug) ? { ...collection, fields: collection.fields.map(outOfLists) } : collection,
    ),
  }
}
