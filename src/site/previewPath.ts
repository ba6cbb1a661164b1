/**
 * Where a preview may lead: a page of this site, never another origin (an open redirect would let
 * a phishing link borrow the newspaper's address) and never the admin or the API.
 */
const SITE_PATH = /^\/(?:$|articles\/|projects(?:$|[/?])|honors(?:$|[/?]))/

export function previewPath(requested: string | null): string | null {
  if (!requested || requested.length > 500) return null
  if (!requested.startsWith('/') || requested.startsWith('//') || requested.includes('\\')) return null
  let url: URL
  try {
    url = new URL(requested, 'http://site.invalid')
  } catch {
    return null
  }
  if (url.origin !== 'http://site.invalid') return null
  const path = `${url.pathname}${url.search}`
  return SITE_PATH.test(path) ? path : null
}

/** The site's address of a document, for the admin's preview buttons. */
export function sitePathOf(collection: string, doc: { slug?: unknown }): string {
  const slug = typeof doc.slug === 'string' && doc.slug ? encodeURIComponent(doc.slug) : null
  switch (collection) {
    case 'articles':
      return slug ? `/articles/${slug}` : '/'
    case 'projects':
      return slug ? `/projects/${slug}` : '/projects'
    case 'honors':
      return '/honors'
    default:
      return '/'
  }
}
