import Link from 'next/link'
import React from 'react'

import type { Media } from '@/payload-types'

import { formatChineseDate, isoDay } from '@/site/formatDate'

import type { ArticleTeaser as Teaser } from '../data/articles'

import { MediaFigure } from './MediaFigure'

/** One entry in a list: cover, kicker, title, subtitle, lead and date, all linking to the article. */
export function ArticleTeaser({ article, cover }: { article: Teaser; cover?: Media }) {
  const href = `/articles/${encodeURIComponent(article.slug ?? '')}`
  return (
    <article className="teaser">
      {cover ? (
        <Link href={href} tabIndex={-1} aria-hidden>
          <MediaFigure media={{ ...cover, caption: null, credit: null }} className="teaser__cover" />
        </Link>
      ) : null}
      {article.kicker ? <p className="kicker">{article.kicker}</p> : null}
      <h2 className="teaser__title">
        <Link href={href}>{article.title}</Link>
      </h2>
      {article.subtitle ? <p className="subtitle">{article.subtitle}</p> : null}
      {article.lead ? <p className="teaser__lead">{article.lead}</p> : null}
      {article.publishedAt ? (
        <time className="meta" dateTime={isoDay(article.publishedAt)}>
          {formatChineseDate(article.publishedAt)}
        </time>
      ) : null}
    </article>
  )
}
