import type { Endpoint } from 'payload'

import { newestDraftForStaff } from '@/api/newestDraftForStaff'

import type { EditorialCollection } from '@/workflow/editorialCollections'

import { versionToken } from '../versionToken'
import { editorName } from './editorName'

/**
 * GET /api/{articles|projects|honors}/:id/newest-version — for the admin's conflict dialog: the
 * newest version (as the user may read it), its token and who saved it by name. Users may not read
 * each other's accounts, so the name is looked up here rather than by populating the relation.
 */
export const newestVersionEndpoint = (collection: EditorialCollection): Endpoint => ({
  path: '/:id/newest-version',
  method: 'get',
  handler: async (req) => {
    const doc = await newestDraftForStaff(
      req,
      collection,
      '只有编辑部人员可以查看草稿。 / Only newsroom staff may see drafts.',
    )
    const record = doc as unknown as Record<string, unknown>
    return Response.json(
      { version: versionToken(record.updatedAt) ?? null, savedBy: (await editorName(req, record)) ?? null, doc },
      // A draft: never kept by a browser or a proxy.
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
})
