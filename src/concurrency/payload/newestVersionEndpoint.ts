import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/roles'
import { publicError } from '@/errors/publicError'

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
    if (!req.user) throw publicError('请先登录。 / Please log in.', 401)
    if (!isStaffUser(req.user)) throw publicError('无权查看。 / Not allowed.', 403)
    const doc = await req.payload
      .findByID({
        collection,
        id: String(req.routeParams?.id ?? ''),
        draft: true,
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
      })
      .catch(() => null)
    if (!doc) throw publicError('找不到这篇稿件，或您无权查看。 / No such document, or you may not see it.', 404)
    const record = doc as unknown as Record<string, unknown>
    return Response.json({
      version: versionToken(record.updatedAt) ?? null,
      savedBy: (await editorName(req, record)) ?? null,
      doc,
    })
  },
})
