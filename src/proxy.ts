import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

/**
 * The newsroom works in Chinese: the admin opens in Simplified Chinese whatever language the
 * browser asks for. Payload reads the language from its `payload-lng` cookie first, so a user who
 * picks English in their account settings keeps English; only without that cookie do we replace
 * the browser's Accept-Language, which Payload would otherwise follow.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'zh-CN,zh;q=0.9')
  return NextResponse.next({ request: { headers } })
}

export const config = {
  matcher: ['/admin/:path*'],
}
