import type { CollectionConfig } from 'payload'

import type { EditorialCollection } from './performTransition'

import { workflowFields } from './fields'
import { guardWrites } from './guardWrites'
import { recordWriteMode } from './recordWriteMode'
import { workflowEndpoint } from './workflowEndpoint'

/** Puts an editorial collection under the workflow: its fields, the write guard and the endpoint. */
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
    beforeOperation: [...(config.hooks?.beforeOperation ?? []), recordWriteMode],
    beforeChange: [...(config.hooks?.beforeChange ?? []), guardWrites],
  },
  endpoints: [...(config.endpoints || []), workflowEndpoint(config.slug)],
})
