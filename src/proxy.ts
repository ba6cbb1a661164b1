import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

import { pathEncodingProblem } from '@/api/pathEncoding'

/**
 * Runs before Next routes a request. A path that cannot be decoded (`/articles/%E0%A4%A`, `/%`) or
 * that holds a control character is refused with a 400 here, for the site's pages and the API
 * alike: the pages decode their slug with decodeURIComponent, which throws (a 500). The rule is
 * pathEncodingProblem (src/api/pathEncoding.ts).
 */
function refuseMalformedPath(request: NextRequest): NextResponse | null {
  const problem = pathEncodingProblem(request.nextUrl.pathname)
  if (!problem) return null
  if (request.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json({ errors: [{ message: problem }] }, { status: 400 })
  }
  return new NextResponse(`${problem}\n`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * The newsroom works in Chinese: the admin opens in Simplified Chinese whatever language the
 * browser asks for. Payload reads the language from its `payload-lng` cookie first, so a user who
 * picks English in their account settings keeps English; only without that cookie do we replace
 * the browser's Accept-Language, which Payload would otherwise follow.
 */
function adminInChinese(request: NextRequest): NextResponse {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'zh-CN,zh;q=0.9')
  return NextResponse.next({ request: { headers } })
}

export function proxy(request: NextRequest) {
  const refusal = refuseMalformedPath(request)
  if (refusal) return refusal
  const { pathname } = request.nextUrl
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return adminInChinese(request)
  return NextResponse.next()
}

export const config = {
  // Every path but Next's own build assets (their names are hashes Next wrote itself).
  matcher: ['/((?!_next/static|_next/image).*)'],
}
