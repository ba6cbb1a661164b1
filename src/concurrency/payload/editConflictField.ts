import type { Field } from 'payload'

/** Where the edit-conflict dialog lives in a document's form (it draws nothing until a conflict). */
export const editConflictField: Field = {
  name: 'editConflict',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '@/concurrency/admin/EditConflictDialog#EditConflictDialog' } },
}
