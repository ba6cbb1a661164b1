import type { PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { publicError } from '@/errors/publicError'
import type { EditorialCollection } from '@/workflow/editorialCollections'

const NOT_LOGGED_IN = '请先登录。 / Please log in.'
const NOT_FOUND = '找不到这篇稿件，或您无权查看。 / No such document, or you may not see it.'

/**
 * The newest draft of a document, for a staff-only endpoint (the review checks, the conflict
 * dialog): 401 without a login, 403 (`forbidden`) for anyone but staff, 404 when the user may not
 * read it. Drafts are newsroom text, never a reader's.
 */
export async function newestDraftForStaff<C extends EditorialCollection>(
  req: PayloadRequest,
  collection: C,
  forbidden: string,
) {
  if (!req.user) throw publicError(NOT_LOGGED_IN, 401)
  if (!isStaffUser(req.user)) throw publicError(forbidden, 403)
  const doc = await req.payload
    .findByID({
      collection,
      id: String(req.routeParams?.id ?? ''),
      draft: true,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) throw publicError(NOT_FOUND, 404)
  return doc
}
