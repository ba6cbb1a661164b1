import type { ReviewerRole } from '@/access/roles'
import type { StageDefinition, WorkflowDefinition } from '@/workflow/stages/definition'

/** A stage as the workflows collection stores it (one row of its `stages` array). */
export interface StoredStage {
  id?: string | null
  name?: string | null
  nameEn?: string | null
  roles?: readonly string[] | null
  commentRequired?: boolean | null
  release?: boolean | null
  printedAs?: string | null
}

/**
 * A text as sent. validateWorkflow reads the definition before Payload's field validation has
 * run, so a request's `name: 12` arrives here as it was sent: it counts as no text (and is then
 * refused for the missing name) rather than throwing.
 */
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * The pure workflow's definition from a stored document. The array row's id is the stage's key:
 * Payload keeps it while the row is edited or moved, so a document records its stage by it.
 */
export const toDefinition = (stages: readonly StoredStage[] | null | undefined): WorkflowDefinition => ({
  stages: (Array.isArray(stages) ? stages : []).map((stage: StoredStage | null, index): StageDefinition => {
    const row = stage && typeof stage === 'object' ? stage : {}
    return {
      key: text(row.id) || `stage-${index + 1}`,
      name: { zh: text(row.name), en: text(row.nameEn) || text(row.name) },
      roles: (Array.isArray(row.roles) ? row.roles : []) as ReviewerRole[],
      commentRequired: Boolean(row.commentRequired),
      release: Boolean(row.release),
      printedAs: text(row.printedAs),
    }
  }),
})
