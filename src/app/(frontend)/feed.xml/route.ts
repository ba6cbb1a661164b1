import { creditLines, printedCreditsOf } from '@/site/printedCredits'
import { renderRssFeed } from '@/site/rssFeed'
import { absoluteUrl } from '@/site/siteUrl'

import { getLatestArticles } from '../data/articles'
import { getColumn } from '../data/column'

// Built once and kept until an article or the column changes (the data reads carry the tags).
export const dynamic = 'force-static'

/** RSS 2.0 of the newest published articles. */
export async function GET() {
  const [column, articles] = await Promise.all([getColumn(), getLatestArticles()])
  const xml = renderRssFeed(
    {
      title: `${column.name} · ${column.publisher}`,
      link: absoluteUrl('/'),
      description: column.tagline ?? column.name,
      language: 'zh-CN',
      selfLink: absoluteUrl('/feed.xml'),
    },
    articles.map((article) => ({
      title: article.title,
      link: absoluteUrl(`/articles/${encodeURIComponent(article.slug ?? '')}`),
      description: article.lead,
      publishedAt: article.publishedAt,
      contributors: creditLines(printedCreditsOf(article.printedCredits)),
    })),
  )
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
