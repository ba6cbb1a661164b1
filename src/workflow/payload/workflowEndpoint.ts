import type { Endpoint, PayloadRequest } from 'payload'

import { performTransition, type EditorialCollection } from './performTransition'
import { workflowError } from './workflowError'

const BAD_BODY =
  '请求格式错误：需要 JSON，如 {"action": "submit"}。 / Malformed request: send JSON such as {"action": "submit"}.'

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : undefined
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // fall through to the 400 below
  }
  throw workflowError(BAD_BODY, 400)
}

const optionalString = (value: unknown, name: string): string | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value
  throw workflowError(`“${name}”必须是文本。 / "${name}" must be a string.`, 400)
}

/**
 * POST /api/{articles|projects|honors}/:id/workflow
 *   { action, comment?, publishAt?, overrideChecks?, assignee? (reassign: a user id), version? }
 */
export const workflowEndpoint = (collection: EditorialCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw workflowError('请先登录。 / Please log in.', 401)
    const body = await readBody(req)
    const { doc, review, checks } = await performTransition(
      req,
      {
        id: req.user.id,
        // The sign-off chain records the real name the newspaper prints.
        name: req.user.realName || req.user.name || req.user.email,
        roles: req.user.roles ?? [],
        user: req.user,
      },
      {
        collection,
        id: String(req.routeParams?.id ?? ''),
        action: optionalString(body.action, 'action') ?? '',
        comment: optionalString(body.comment, 'comment'),
        publishAt: optionalString(body.publishAt, 'publishAt'),
        overrideChecks: optionalString(body.overrideChecks, 'overrideChecks'),
        assignee: body.assignee,
        // The version the reviewer looked at: `version` in the body, or an If-Match header.
        version: optionalString(body.version, 'version') ?? req.headers.get('if-match') ?? undefined,
      },
    )
    // `checks`: how many findings of each severity the review checks reported (articles, submit and approve).
    return Response.json({ message: `${review.from} → ${review.to}`, doc, review, checks: checks?.counts })
  },
})
