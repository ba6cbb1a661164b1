import type { Article } from '@/payload-types'

import { uploadIdsOf } from '@/lexical/readLexical'
import { siteTags } from '@/site/cacheTags'
import { relationIds } from '@/site/relationIds'

import { getHonorsByIds } from './honors'
import { getMediaByIds } from './media'
import { getProjectsByIds } from './projects'
import { asReader, readForSite, sitePayload } from './reader'

/** How many entries the home page, each archive page and the feed list. */
export const LATEST_ARTICLES = 20

const teaserFields = {
  kicker: true,
  title: true,
  subtitle: true,
  lead: true,
  slug: true,
  publishedAt: true,
  coverImage: true,
  updatedAt: true,
} as const

export type ArticleTeaser = Pick<
  Article,
  'id' | 'kicker' | 'title' | 'subtitle' | 'lead' | 'slug' | 'publishedAt' | 'updatedAt'
> & {
  coverImage?: number | null
}

/** A feed entry: a teaser and the names printed under the story (unchecked JSON, see src/site/printedCredits). */
export type FeedArticle = ArticleTeaser & Pick<Article, 'printedCredits'>

/** The newest published entries, newest first, with their printed credits: what the feed lists. */
export function getLatestArticles(limit = LATEST_ARTICLES): Promise<FeedArticle[]> {
  // Keyed apart from the teaser reads of before: an entry cached without the credits is not reused.
  return readForSite(['articles', 'feed', String(limit)], [siteTags.articleList], async (reader) => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asReader(reader),
      sort: '-publishedAt',
      depth: 0,
      limit,
      select: { ...teaserFields, printedCredits: true },
    })
    return docs as FeedArticle[]
  })
}

export interface ArticleArchivePage {
  articles: ArticleTeaser[]
  page: number
  totalPages: number
  totalArticles: number
}

/** One page of all published entries, newest first (the home page shows the first). */
export function getArticleArchive(page: number): Promise<ArticleArchivePage> {
  return readForSite(['articles', 'archive', String(page)], [siteTags.articleList], async (reader) => {
    const payload = await sitePayload()
    const found = await payload.find({
      collection: 'articles',
      ...asReader(reader),
      sort: '-publishedAt',
      depth: 0,
      limit: LATEST_ARTICLES,
      page,
      select: teaserFields,
    })
    return {
      articles: found.docs as ArticleTeaser[],
      page: found.page ?? page,
      totalPages: found.totalPages,
      totalArticles: found.totalDocs,
    }
  })
}

/** Every published article's address and date, for the sitemap (at most 50,000, the format's limit). */
export function getArticleAddresses(): Promise<{ slug: string; updatedAt: string }[]> {
  return readForSite(['articles', 'addresses'], [siteTags.articleList], async (reader) => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asReader(reader),
      sort: '-publishedAt',
      depth: 0,
      limit: 50_000,
      select: { slug: true, updatedAt: true },
    })
    return docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, updatedAt: doc.updatedAt }] : []))
  })
}

/** Published articles about one project, for the project's page. */
export function getArticlesOfProject(projectId: number): Promise<ArticleTeaser[]> {
  return readForSite(
    ['articles', 'of-project', String(projectId)],
    [siteTags.articlesOfProject(projectId)],
    async (reader) => {
      const payload = await sitePayload()
      const { docs } = await payload.find({
        collection: 'articles',
        ...asReader(reader, { relatedProjects: { contains: projectId } }),
        sort: '-publishedAt',
        depth: 0,
        limit: 20,
        select: teaserFields,
      })
      return docs as ArticleTeaser[]
    },
  )
}

/**
 * Readers get an article's relations and internal links only to published targets (filtered in
 * the read itself: src/visibility), so the page also goes stale when any article, project or
 * honor is published or taken down, not only when this article changes.
 */
const ARTICLE_PAGE_DEPENDS_ON = [siteTags.articleList, siteTags.projectList, siteTags.honorList]

function getArticleBySlug(slug: string): Promise<Article | null> {
  return readForSite(['article', slug], [siteTags.article(slug), ...ARTICLE_PAGE_DEPENDS_ON], async (reader) => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asReader(reader, { slug: { equals: slug } }),
      depth: 0,
      limit: 1,
    })
    return docs[0] ?? null
  })
}

/**
 * Everything an article's page shows, in four queries whatever the article holds: the article,
 * its related projects and honors (published ones only), and its images. Each part is cached
 * under its own tags, so a changed project refreshes the articles that show it.
 */
export async function getArticlePage(slug: string) {
  const article = await getArticleBySlug(slug)
  if (!article) return null
  const cover = typeof article.coverImage === 'number' ? [article.coverImage] : []
  const [projects, honors, media] = await Promise.all([
    getProjectsByIds(relationIds(article.relatedProjects)),
    getHonorsByIds(relationIds(article.relatedHonors)),
    getMediaByIds([...cover, ...uploadIdsOf(article.body)]),
  ])
  return { article, projects, honors, media }
}
