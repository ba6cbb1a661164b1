import Link from 'next/link'
import React from 'react'

import { aidYears } from '@/site/aidPeriod'
import { formatInvestment } from '@/site/money'

import { ArticleBody } from './components/ArticleBody'
import { ArticleTeaser } from './components/ArticleTeaser'
import { getArticleArchive } from './data/articles'
import { getColumn } from './data/column'
import { getMediaByIds } from './data/media'

/** The column's home: 编者按, the programme's headline figures, and the published entries, newest first. */
export default async function ColumnHome() {
  const [column, { articles, totalPages }] = await Promise.all([getColumn(), getArticleArchive(1)])
  const covers = await getMediaByIds(articles.flatMap((article) => (article.coverImage ? [article.coverImage] : [])))
  const declared = column.declared
  const plan = declared?.plans?.[0]
  const years = aidYears(column.aidPeriod?.start, column.aidPeriod?.end)
  const headline = [
    years ? { value: `${years}年`, label: '援藏时间' } : null,
    declared?.projectCount ? { value: `${declared.projectCount}个`, label: '对口支援项目' } : null,
    declared?.investment ? { value: formatInvestment(declared.investment), label: '项目投资' } : null,
    plan?.investment ? { value: formatInvestment(plan.investment), label: plan.label } : null,
    column.workGroupSize ? { value: `${column.workGroupSize}名`, label: '援藏干部' } : null,
  ].filter((figure): figure is { value: string; label: string } => figure !== null)

  return (
    <>
      {column.editorsNote ? (
        <section className="editors-note" aria-labelledby="editors-note">
          <h2 id="editors-note">编者按</h2>
          <ArticleBody document={column.editorsNote} media={new Map()} />
        </section>
      ) : null}

      {headline.length > 0 ? (
        <section className="headline-figures" aria-label="援藏工作数字">
          <ul>
            {headline.map((figure) => (
              <li key={figure.label}>
                <strong>{figure.value}</strong>
                <span>{figure.label}</span>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/projects">查看全部援藏项目与投资 →</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="latest">
        <h2 id="latest" className="section-title">
          专栏报道
        </h2>
        {articles.length === 0 ? <p className="empty">暂无已发布的报道。</p> : null}
        {articles.map((article) => (
          <ArticleTeaser
            key={article.id}
            article={article}
            cover={article.coverImage ? covers.get(article.coverImage) : undefined}
          />
        ))}
        {totalPages > 1 ? (
          <p className="more">
            <Link href="/articles?page=2">更多报道 →</Link>
          </p>
        ) : null}
      </section>
    </>
  )
}
