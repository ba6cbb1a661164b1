import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

import { previewPath } from '@/site/previewPath'

/** Leaves draft preview and returns to the page as readers see it. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const path = previewPath(request.nextUrl.searchParams.get('path')) ?? '/'
  return new NextResponse(null, { status: 307, headers: { location: path, 'cache-control': 'private, no-store' } })
}
