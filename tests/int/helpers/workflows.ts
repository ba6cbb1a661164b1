import type { Payload } from 'payload'

import type { User } from '../../../src/payload-types'
import { EDITORIAL_COLLECTIONS } from '../../../src/workflow/editorialCollections'

/** What the one-gate workflow's `reviewer` became: every stage role (migration 20261202). */
export const REVIEWER: User['roles'] = ['first_reviewer', 'second_reviewer', 'final_reviewer']

/**
 * A small desk: every editorial collection gets one stage, the release stage, for the final
 * reviewers. The suites about something other than the stages (the recycle bin, take-downs,
 * scheduling) run on it, so one reviewer approves and publishes as before; the suites about the
 * stages run on the shipped 三审.
 */
export async function useOneStageWorkflows(payload: Payload) {
  for (const collection of EDITORIAL_COLLECTIONS) {
    await payload.update({
      collection: 'workflows',
      where: { collection: { equals: collection } },
      data: {
        stages: [{ name: '审核', nameEn: 'Review', roles: ['final_reviewer'], release: true, printedAs: '签发' }],
      },
    })
  }
}
