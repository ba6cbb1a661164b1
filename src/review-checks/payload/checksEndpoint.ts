import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/roles'
import { publicError } from '@/errors/publicError'

import { runArticleChecks } from './articleChecks'

const NOT_LOGGED_IN = '请先登录。 / Please log in.'
const STAFF_ONLY =
  '只有编辑、审稿人和管理员可以查看核查结果。 / Only editors, reviewers and administrators may see the checks.'
const NOT_FOUND = '找不到这篇稿件，或您无权查看。 / No such article, or you may not see it.'

/**
 * GET /api/articles/:id/checks → { findings, checkedAt, text, parts, counts }, for the newsroom
 * only: the findings quote the newest draft, which readers must never see. Read-only and fast
 * (a few ms), so the admin may call it whenever a reviewer opens or refreshes an article.
 */
export const checksEndpoint: Endpoint = {
  path: '/:id/checks',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw publicError(NOT_LOGGED_IN, 401)
    if (!isStaffUser(req.user)) throw publicError(STAFF_ONLY, 403)
    const article = await req.payload
      .findByID({
        collection: 'articles',
        id: String(req.routeParams?.id ?? ''),
        draft: true,
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
        disableErrors: true,
      })
      .catch(() => null)
    if (!article) throw publicError(NOT_FOUND, 404)
    const checks = await runArticleChecks(req, article, req.user)
    return Response.json(checks, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
