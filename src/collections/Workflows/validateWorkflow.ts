import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { validateDefinition } from '@/workflow/stages/definition'

import { toDefinition, type StoredStage } from './toDefinition'

/**
 * Refuses a definition the workflow could not run (no stage, a stage without a name or a role, no
 * release stage or one that is not last) with a 400 naming each field, in the editor's language
 * pair. The rules are the pure module's (validateDefinition); this hook only places the messages.
 */
export const validateWorkflow: CollectionBeforeChangeHook = ({ data, req, collection }) => {
  const problems = validateDefinition(toDefinition(data.stages as StoredStage[] | undefined))
  if (problems.length === 0) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      req,
      errors: problems.map((problem) => ({
        path:
          problem.stage === undefined
            ? 'stages'
            : `stages.${problem.stage}.${problem.field === 'name' ? 'name' : (problem.field ?? 'name')}`,
        message: `${problem.message.zh} / ${problem.message.en}`,
      })),
    },
    req.t,
  )
}
