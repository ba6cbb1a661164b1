/**
 * Links in rich text come from editors and from any API client, so a stored URL may be hostile
 * (`javascript:`, `data:`). Only web, mail and telephone links and paths on this site are rendered
 * as links; anything else renders as plain text.
 */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (cleaned === '') return null
  if (cleaned.startsWith('/') && !cleaned.startsWith('//') && !cleaned.startsWith('/\\')) return url.trim()
  if (cleaned.startsWith('#')) return url.trim()
  try {
    const parsed = new URL(cleaned)
    return ALLOWED_SCHEMES.has(parsed.protocol) ? parsed.href : null
  } catch {
    return null
  }
}
