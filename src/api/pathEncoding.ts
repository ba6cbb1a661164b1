import { bilingualMessage } from '@/errors/bilingualMessage'

/**
 * Whether a URL path can be read at all: every segment must be valid percent-encoded UTF-8 and
 * free of control characters (a NUL byte cannot reach a file name or PostgreSQL). The site's pages
 * and Payload's routes decode segments with decodeURIComponent, which throws on `%E0%A4%A` or `%zz`
 * (a 500); the proxy (src/proxy.ts) and the API guard refuse such a path first with a 400. Pure.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

/** A segment decoded, or null when it is not valid percent-encoding. */
export function decodedSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

export function pathEncodingProblem(pathname: string): string | null {
  for (const raw of pathname.split('/')) {
    const segment = decodedSegment(raw)
    if (segment === null) {
      return bilingualMessage(
        '地址中的百分号编码无效（如 %zz 或不完整的 UTF-8）。',
        'The address has invalid percent-encoding (such as %zz or incomplete UTF-8).',
      )
    }
    if (CONTROL_CHARACTERS.test(segment)) {
      return bilingualMessage(
        '地址中含有控制字符（如 NUL）。',
        'The address contains a control character (such as NUL).',
      )
    }
  }
  return null
}
