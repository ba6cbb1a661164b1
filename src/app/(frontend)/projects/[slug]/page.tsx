import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import { decodedSegment } from '@/api/pathEncoding'
import { uploadIdsOf } from '@/lexical/readLexical'
import { formatChineseDate } from '@/site/formatDate'
import { relationIds } from '@/site/relationIds'
import { formatInvestment } from '@/site/money'
import { FUNDING_TYPES, PROJECT_CATEGORIES, PROJECT_STATUSES } from '@/vocabulary'

import { ArticleBody } from '../../components/ArticleBody'
import { ArticleTeaser } from '../../components/ArticleTeaser'
import { labelOf } from '../../components/labels'
import { MediaFigure } from '../../components/MediaFigure'
import { getArticlesOfProject } from '../../data/articles'
import { getMediaByIds } from '../../data/media'
import { getProjectBySlug } from '../../data/projects'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const decoded = decodedSegment((await params).slug)
  const project = decoded === null ? null : await getProjectBySlug(decoded)
  if (!project) return { title: '页面不存在', robots: { index: false } }
  return {
    title: project.name,
    description: project.summary ?? undefined,
    alternates: { canonical: `/projects/${project.slug}` },
    openGraph: { title: project.name, description: project.summary ?? undefined, url: `/projects/${project.slug}` },
  }
}

export default async function ProjectPage({ params }: Props) {
  const decoded = decodedSegment((await params).slug)
  const project = decoded === null ? null : await getProjectBySlug(decoded)
  if (!project) notFound()
  const [articles, media] = await Promise.all([
    getArticlesOfProject(project.id),
    getMediaByIds([...relationIds(project.photos), ...uploadIdsOf(project.description)]),
  ])
  const place = [project.county, ...(project.township ?? []), ...(project.village ?? [])].filter(Boolean).join(' ')
  const facts: [string, React.ReactNode][] = [
    ['类别', project.categories.map((category) => labelOf(PROJECT_CATEGORIES, category)).join('、')],
    [
      '投资',
      typeof project.investment === 'number'
        ? `${formatInvestment(project.investment)}（${labelOf(FUNDING_TYPES, project.fundingType)}）`
        : '未公布',
    ],
    ['建设内容', project.quantity ? `${project.quantity}${project.quantityUnit ?? ''}` : null],
    ['地点', place || null],
    ['状态', labelOf(PROJECT_STATUSES, project.status)],
    ['年度', project.year ? `${project.year}年` : null],
    ['开工', project.startDate ? formatChineseDate(project.startDate) : null],
    ['竣工', project.completionDate ? formatChineseDate(project.completionDate) : null],
  ]

  return (
    <article className="article">
      <p className="kicker">
        <Link href="/projects">援藏项目</Link>
      </p>
      <h1 className="article__title">{project.name}</h1>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {project.summary ? <p className="lead">{project.summary}</p> : null}
      {project.description ? <ArticleBody document={project.description} media={media} /> : null}
      {relationIds(project.photos).map((id) => {
        const photo = media.get(id)
        return photo ? <MediaFigure key={id} media={photo} /> : null
      })}
      {articles.length > 0 ? (
        <section className="related" aria-labelledby="project-articles">
          <h2 id="project-articles">相关报道</h2>
          {articles.map((article) => (
            <ArticleTeaser key={article.id} article={article} />
          ))}
        </section>
      ) : null}
      <p className="back">
        <Link href="/projects">← 全部援藏项目</Link>
      </p>
    </article>
  )
}
