import type { PayloadRequest } from 'payload'

import { toDefinition, type StoredStage } from '@/collections/Workflows/toDefinition'

import type { EditorialCollection } from '../editorialCollections'
import { DEFAULT_WORKFLOWS } from '../stages/defaultWorkflows'
import type { WorkflowDefinition } from '../stages/definition'

/**
 * The stages of a collection's workflow as the administrators last saved them, read in the
 * request's transaction (so a step sees the definition its own transaction sees). The migration
 * creates one document per collection; until one exists (a database between the migration and
 * the seed, or an administrator's mistake the collection's access prevents) the shipped default
 * stands in, so review never stops for want of a definition.
 */
export async function loadWorkflow(req: PayloadRequest, collection: EditorialCollection): Promise<WorkflowDefinition> {
  const { docs } = await req.payload.find({
    collection: 'workflows',
    where: { collection: { equals: collection } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const stored = docs[0]?.stages as StoredStage[] | undefined
  return stored && stored.length > 0 ? toDefinition(stored) : DEFAULT_WORKFLOWS[collection]
}
