import type { Endpoint } from 'payload'

import { newestDraftForStaff } from '@/api/newestDraftForStaff'

import { runArticleChecks } from './articleChecks'

const STAFF_ONLY =
  '只有编辑、审稿人和管理员可以查看核查结果。 / Only editors, reviewers and administrators may see the checks.'

/**
 * GET /api/articles/:id/checks → { findings, checkedAt, text, parts, counts }, for the newsroom
 * only: the findings quote the newest draft, which readers must never see. Read-only and fast
 * (a few ms), so the admin may call it whenever a reviewer opens or refreshes an article.
 */
export const checksEndpoint: Endpoint = {
  path: '/:id/checks',
  method: 'get',
  handler: async (req) => {
    const article = await newestDraftForStaff(req, 'articles', STAFF_ONLY)
    const checks = await runArticleChecks(req, article, req.user)
    return Response.json(checks, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
