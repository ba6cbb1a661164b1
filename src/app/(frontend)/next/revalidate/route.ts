import { NextResponse, type NextRequest } from 'next/server'

import { payloadSecret } from '@/config/payloadSecret'
import { expireSiteTags } from '@/site/revalidation/expireSiteTags'
import { isValidRevalidationToken, REVALIDATION_HEADER } from '@/site/revalidation/revalidationToken'

const MAX_TAGS = 200
const MAX_TAG_LENGTH = 256

/**
 * Expires the site's cache tags for the server's own scheduler (src/site/revalidation/notifySite.ts),
 * which publishes outside any request. Only a caller holding the Payload secret gets through.
 */
export async function POST(request: NextRequest) {
  if (!isValidRevalidationToken(payloadSecret(), request.headers.get(REVALIDATION_HEADER))) {
    return NextResponse.json({ error: 'Not allowed.' }, { status: 401 })
  }
  const body: unknown = await request.json().catch(() => null)
  const tags = (body as { tags?: unknown } | null)?.tags
  const valid =
    Array.isArray(tags) &&
    tags.length <= MAX_TAGS &&
    tags.every((tag) => typeof tag === 'string' && tag.length > 0 && tag.length <= MAX_TAG_LENGTH)
  if (!valid) return NextResponse.json({ error: 'Expected {"tags": [string, ...]}.' }, { status: 400 })
  expireSiteTags(tags as string[])
  return new NextResponse(null, { status: 204 })
}
