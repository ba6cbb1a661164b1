import type { Payload } from 'payload'

import { EDITORIAL_COLLECTIONS } from '@/workflow/editorialCollections'
import { DEFAULT_WORKFLOWS } from '@/workflow/stages/defaultWorkflows'

/**
 * The shipped workflows for every collection that has none (the migration creates them on a new
 * database; this puts back one an operator removed by hand). Existing definitions are left exactly
 * as the administrators made them. Returns how many were created.
 */
export async function seedWorkflows(payload: Payload): Promise<number> {
  let created = 0
  for (const collection of EDITORIAL_COLLECTIONS) {
    const { totalDocs } = await payload.count({
      collection: 'workflows',
      where: { collection: { equals: collection } },
    })
    if (totalDocs > 0) continue
    await payload.create({
      collection: 'workflows',
      data: {
        collection,
        stages: DEFAULT_WORKFLOWS[collection].stages.map((stage) => ({
          id: stage.key,
          name: stage.name.zh,
          nameEn: stage.name.en,
          roles: [...stage.roles],
          commentRequired: stage.commentRequired,
          release: stage.release,
          printedAs: stage.printedAs,
        })),
      },
    })
    created++
  }
  return created
}
