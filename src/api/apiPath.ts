import { bilingualMessage } from '@/errors/bilingualMessage'

import { decodedSegment, pathEncodingProblem } from './pathEncoding'

/**
 * Whether a path under /api names something the API serves, decided from the collection and
 * global configs before Payload routes it. Payload offers /versions routes on every collection and
 * global, and a collection without versions has no table behind them (a 500); a collection with
 * `endpoints: false` (payload-migrations) answers 501 naming the server's own address, and an
 * account collection's /verify route, without email verification, looks for a field that does not
 * exist (a 500). All are a plain 404 here. Pure.
 */
export interface ApiShape {
  collections: ReadonlyMap<
    string,
    {
      versions: boolean
      served: boolean
      /** For an account (auth) collection: whether it verifies email addresses. */
      verifiesEmail?: boolean
    }
  >
  globals: ReadonlyMap<string, { versions: boolean }>
}

export interface PathRefusal {
  status: number
  message: string
}

const noVersions = (slug: string): PathRefusal => ({
  status: 404,
  message: bilingualMessage(`“${slug}”不保存版本，没有版本记录可查。`, `${slug} keeps no versions.`),
})

/** `path` is the part after /api, e.g. `/articles/versions/3`. */
export function apiPathProblem(path: string, shape: ApiShape): PathRefusal | null {
  const encoding = pathEncodingProblem(path)
  if (encoding) return { status: 400, message: encoding }
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => decodedSegment(segment) ?? segment)

  if (segments[0] === 'globals') {
    const global = shape.globals.get(segments[1] ?? '')
    if (global && segments[2] === 'versions' && !global.versions) return noVersions(segments[1])
    return null
  }
  const collection = shape.collections.get(segments[0] ?? '')
  if (!collection) return null
  if (!collection.served) {
    return { status: 404, message: bilingualMessage('没有这个接口。', `No such API route: /api/${segments[0]}.`) }
  }
  if (segments[1] === 'versions' && !collection.versions) return noVersions(segments[0])
  if (segments[1] === 'verify' && collection.verifiesEmail === false) {
    return {
      status: 404,
      message: bilingualMessage('这里的账户不使用邮件验证。', `${segments[0]} does not verify email addresses.`),
    }
  }
  return null
}
