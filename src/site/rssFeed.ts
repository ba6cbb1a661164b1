/**
 * RSS 2.0 for the column's published articles. Every text is escaped: titles and leads come from
 * editors and may contain "<", "&" or anything else.
 */
export interface FeedItem {
  title: string
  link: string
  description?: string | null
  publishedAt?: string | null
  /** The printed credits, one per element (责任编辑：张华): the names the newspaper answers with. */
  contributors?: readonly string[]
}

export interface FeedChannel {
  title: string
  link: string
  description: string
  language: string
  selfLink: string
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

// XML 1.0 forbids most control characters even when escaped; they are dropped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

export const escapeXml = (text: string) =>
  text.replace(FORBIDDEN_IN_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)

const rfc822 = (iso: string) => new Date(iso).toUTCString()

export function renderRssFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const newest = items.find((item) => item.publishedAt)?.publishedAt
  const entries = items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      item.description ? `      <description>${escapeXml(item.description)}</description>` : null,
      item.publishedAt ? `      <pubDate>${rfc822(item.publishedAt)}</pubDate>` : null,
      ...(item.contributors ?? [])
        .filter((credit) => credit.trim() !== '')
        .map((credit) => `      <dc:contributor>${escapeXml(credit)}</dc:contributor>`),
      '    </item>',
    ]
      .filter((line) => line !== null)
      .join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${escapeXml(channel.language)}</language>`,
    `    <atom:link href="${escapeXml(channel.selfLink)}" rel="self" type="application/rss+xml"/>`,
    newest ? `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>` : null,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ]
    .filter((line) => line !== null)
    .join('\n')
}
