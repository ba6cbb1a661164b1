/**
 * The site's public address, for links that leave the page: Open Graph tags, the feed, the
 * sitemap. Set SERVER_URL in production; the default suits a local run.
 */
export const siteUrl = (): string =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

export const absoluteUrl = (path: string): string => `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`
