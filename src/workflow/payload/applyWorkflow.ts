import type { CollectionConfig } from 'payload'

import type { EditorialCollection } from './performTransition'

import { etagAfterOperation } from '@/concurrency/payload/etagHeader'
import { guardBaseVersion } from '@/concurrency/payload/guardBaseVersion'

import { workflowFields } from './fields'
import { guardWrites } from './guardWrites'
import { recordWriteMode } from './recordWriteMode'
import { workflowEndpoint } from './workflowEndpoint'

/**
 * Puts an editorial collection under the workflow: its fields, the write guards (one save at a time,
 * based on a known version; publication only through review), the ETag and the endpoint.
 */
export const applyWorkflow = (config: CollectionConfig & { slug: EditorialCollection }): CollectionConfig => ({
  ...config,
  fields: [...config.fields, ...workflowFields],
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      edit: { ...config.admin?.components?.edit, PublishButton: '@/workflow/admin/NoPublishButton#NoPublishButton' },
    },
  },
  hooks: {
    ...config.hooks,
    // The row lock and base-version check come first: what the later hooks read is then current.
    beforeOperation: [guardBaseVersion, ...(config.hooks?.beforeOperation ?? []), recordWriteMode],
    beforeChange: [...(config.hooks?.beforeChange ?? []), guardWrites],
    afterOperation: [...(config.hooks?.afterOperation ?? []), etagAfterOperation],
  },
  endpoints: [...(config.endpoints || []), workflowEndpoint(config.slug)],
})
