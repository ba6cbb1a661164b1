import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/site/siteUrl'

import { getArticleAddresses } from './data/articles'
import { getPublishedProjects } from './data/projects'

/** Published pages only: the data module reads as an anonymous visitor. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, projects] = await Promise.all([getArticleAddresses(), getPublishedProjects()])
  return [
    { url: absoluteUrl('/'), changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl('/articles'), changeFrequency: 'daily', priority: 0.8 },
    { url: absoluteUrl('/projects'), changeFrequency: 'weekly', priority: 0.8 },
    { url: absoluteUrl('/honors'), changeFrequency: 'monthly', priority: 0.5 },
    ...articles.map((article) => ({
      url: absoluteUrl(`/articles/${encodeURIComponent(article.slug)}`),
      lastModified: article.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.9,
    })),
    ...projects.flatMap((project) =>
      project.slug
        ? [
            {
              url: absoluteUrl(`/projects/${encodeURIComponent(project.slug)}`),
              changeFrequency: 'monthly' as const,
              priority: 0.6,
            },
          ]
        : [],
    ),
  ]
}
