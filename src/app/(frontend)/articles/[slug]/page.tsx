import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import { decodedSegment } from '@/api/pathEncoding'
import type { Article } from '@/payload-types'

import { formatChineseDate, isoDay } from '@/site/formatDate'
import { CREDIT_SEPARATOR, creditLines, printedCreditsOf } from '@/site/printedCredits'
import { BYLINE_ROLES, HONOR_LEVELS } from '@/vocabulary'

import { ArticleBody } from '../../components/ArticleBody'
import { labelOf } from '../../components/labels'
import { MediaFigure } from '../../components/MediaFigure'
import { ProjectSummary } from '../../components/ProjectSummary'
import { getArticlePage } from '../../data/articles'
import { currentReader } from '../../data/reader'

type Props = { params: Promise<{ slug: string }> }

// Pages are rendered on first visit and kept until the workflow expires them (no timer).
export const dynamicParams = true
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  // A slug that does not decode names no article (src/proxy.ts refuses such paths before this).
  const decoded = decodedSegment(slug)
  const page = decoded === null ? null : await getArticlePage(decoded)
  if (!page) return { title: '页面不存在', robots: { index: false } }
  const { article, media } = page
  const cover = typeof article.coverImage === 'number' ? media.get(article.coverImage) : undefined
  const preview = (await currentReader()).kind === 'preview'
  return {
    title: article.title,
    description: article.lead ?? article.subtitle ?? undefined,
    alternates: { canonical: `/articles/${article.slug}` },
    robots: preview ? { index: false, follow: false } : undefined,
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.lead ?? undefined,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      url: `/articles/${article.slug}`,
      images: cover?.sizes?.card?.url
        ? [{ url: cover.sizes.card.url, width: 800, height: 450, alt: cover.alt }]
        : undefined,
    },
  }
}

/**
 * 「责任编辑：张华」 and 「签发：陈静」 under the story, as the newspaper prints them. Only a
 * published version has its own: a draft in preview still carries the credits of the version it
 * was edited from, which nobody has signed off. Stories published before 三审 print nothing.
 */
function PrintedCredits({ article }: { article: Article }) {
  const lines = article._status === 'published' ? creditLines(printedCreditsOf(article.printedCredits)) : []
  if (lines.length === 0) return null
  return (
    <p className="article__credits">
      {lines.map((line, index) => (
        <React.Fragment key={line}>
          {index > 0 ? CREDIT_SEPARATOR : null}
          <span>{line}</span>
        </React.Fragment>
      ))}
    </p>
  )
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  // A slug that does not decode names no article (src/proxy.ts refuses such paths before this).
  const decoded = decodedSegment(slug)
  const page = decoded === null ? null : await getArticlePage(decoded)
  if (!page) notFound()
  const { article, projects, honors, media } = page
  const cover = typeof article.coverImage === 'number' ? media.get(article.coverImage) : undefined

  return (
    <article className="article">
      <header className="article__header">
        {article.kicker ? <p className="kicker">{article.kicker}</p> : null}
        <h1 className="article__title">{article.title}</h1>
        {article.subtitle ? <p className="subtitle">{article.subtitle}</p> : null}
        <p className="meta">
          {(article.bylines ?? []).map((byline) => (
            <span key={byline.id ?? `${byline.role}-${byline.name}`} className="byline">
              {labelOf(BYLINE_ROLES, byline.role)} {byline.name}
            </span>
          ))}
          {article.source ? <span>来源：{article.source}</span> : null}
          {article.publishedAt ? (
            <time dateTime={isoDay(article.publishedAt)}>{formatChineseDate(article.publishedAt)}</time>
          ) : null}
        </p>
      </header>
      {article.lead ? <p className="lead">{article.lead}</p> : null}
      {cover ? <MediaFigure media={cover} priority /> : null}
      <ArticleBody document={article.body} media={media} />
      <PrintedCredits article={article} />

      {projects.length > 0 ? (
        <section className="related" aria-labelledby="related-projects">
          <h2 id="related-projects">相关援藏项目</h2>
          {projects.map((project) => (
            <ProjectSummary key={project.id} project={project} />
          ))}
        </section>
      ) : null}

      {honors.length > 0 ? (
        <section className="related" aria-labelledby="related-honors">
          <h2 id="related-honors">相关荣誉</h2>
          <ul className="honor-list">
            {honors.map((honor) => (
              <li key={honor.id}>
                <strong>{honor.title}</strong>
                <span className="meta">
                  {labelOf(HONOR_LEVELS, honor.level)} · {honor.awardedBy}
                  {honor.year ? ` · ${honor.year}年` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="back">
        <Link href="/">← 返回专栏</Link>
      </p>
    </article>
  )
}
