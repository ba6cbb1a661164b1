import type { CollectionConfig } from 'payload'

import type { EditorialCollection } from './performTransition'

import { etagAfterOperation } from '@/concurrency/payload/etagHeader'
import { editConflictField } from '@/concurrency/payload/editConflictField'
import { guardBaseVersion } from '@/concurrency/payload/guardBaseVersion'
import { newestVersionEndpoint } from '@/concurrency/payload/newestVersionEndpoint'

import { workflowFields } from './fields'
import { guardWrites } from './guardWrites'
import { recordWriteMode } from './recordWriteMode'
import { withRecycleBin } from './trash/withRecycleBin'
import { workflowEndpoint } from './workflowEndpoint'

/**
 * Puts an editorial collection under the workflow: its fields, the write guards (one save at a time,
 * based on a known version; publication only through review), the ETag and the endpoint.
 */
const underWorkflow = (config: CollectionConfig & { slug: EditorialCollection }): CollectionConfig => ({
  ...config,
  // The conflict notice first, so text kept from before a reload tops the sidebar.
  fields: [editConflictField, ...config.fields, ...workflowFields],
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      // Publication only through the review panel: Payload's publish, schedule and unpublish
      // controls are gone, and the header states the review state instead of draft/published.
      edit: {
        ...config.admin?.components?.edit,
        PublishButton: '@/workflow/admin/NoPublishButton#NoPublishButton',
        UnpublishButton: '@/workflow/admin/NoPublishButton#NoPublishButton',
        Status: '@/workflow/admin/ReviewStateHeader#ReviewStateHeader',
      },
    },
  },
  hooks: {
    ...config.hooks,
    // The row lock and base-version check come first: what the later hooks read is then current.
    beforeOperation: [guardBaseVersion, ...(config.hooks?.beforeOperation ?? []), recordWriteMode],
    beforeChange: [...(config.hooks?.beforeChange ?? []), guardWrites],
    afterOperation: [...(config.hooks?.afterOperation ?? []), etagAfterOperation],
  },
  endpoints: [...(config.endpoints || []), workflowEndpoint(config.slug), newestVersionEndpoint(config.slug)],
})

/**
 * An editorial collection under the workflow, with a recycle bin. The bin's hooks come first, so
 * a move into or out of the trash is recognised (and made a draft write) before recordWriteMode
 * and guardWrites judge the write.
 */
export const applyWorkflow = (config: CollectionConfig & { slug: EditorialCollection }): CollectionConfig =>
  underWorkflow(withRecycleBin(config))
