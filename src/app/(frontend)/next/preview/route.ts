import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

import { isStaffUser } from '@/access/roles'
import { previewPath } from '@/site/previewPath'

import { sitePayload } from '../../data/reader'

const NOT_LOGGED_IN = '预览草稿需先登录编辑后台。 / Log in to the admin to preview drafts.'
const BAD_PATH = '预览地址无效。 / Not a page of this site.'

/**
 * Opens a page of the site as a draft preview for a logged-in editor, reviewer or admin: the
 * Payload login cookie is checked here (no shared secret in URLs), then Next's draft mode is
 * switched on and the browser sent to the page. Pages check the login again on every request.
 */
export async function GET(request: NextRequest) {
  const path = previewPath(request.nextUrl.searchParams.get('path'))
  if (!path) return NextResponse.json({ error: BAD_PATH }, { status: 400 })
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return NextResponse.json({ error: NOT_LOGGED_IN }, { status: 401 })
  if (!isStaffUser(user)) return NextResponse.json({ error: NOT_LOGGED_IN }, { status: 403 })
  ;(await draftMode()).enable()
  return new NextResponse(null, {
    status: 307,
    headers: { location: path, 'cache-control': 'private, no-store' },
  })
}
