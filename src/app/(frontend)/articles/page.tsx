import type { Metadata } from 'next'

import Link from 'next/link'
import React from 'react'

import { archivePageNumber } from '@/site/archivePage'

import { ArticleTeaser } from '../components/ArticleTeaser'
import { getArticleArchive } from '../data/articles'
import { getMediaByIds } from '../data/media'

export const metadata: Metadata = { title: '全部报道', alternates: { canonical: '/articles' } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Every published entry, 20 to a page, newest first. */
export default async function ArticleArchive({ searchParams }: Props) {
  const { articles, page, totalPages, totalArticles } = await getArticleArchive(
    archivePageNumber((await searchParams).page),
  )
  const covers = await getMediaByIds(articles.flatMap((article) => (article.coverImage ? [article.coverImage] : [])))
  return (
    <>
      <h1 className="page-title">全部报道</h1>
      <p className="meta">
        共{totalArticles}篇 · 第{page}/{Math.max(totalPages, 1)}页
      </p>
      {totalArticles === 0 ? <p className="empty">暂无已发布的报道。</p> : null}
      {totalArticles > 0 && articles.length === 0 ? (
        <p className="empty">
          这一页没有报道。<Link href="/articles">回到第一页</Link>
        </p>
      ) : null}
      {articles.map((article) => (
        <ArticleTeaser
          key={article.id}
          article={article}
          cover={article.coverImage ? covers.get(article.coverImage) : undefined}
        />
      ))}
      <nav className="pager" aria-label="翻页">
        {page > 1 ? <Link href={page === 2 ? '/articles' : `/articles?page=${page - 1}`}>← 较新的报道</Link> : <span />}
        {page < totalPages ? <Link href={`/articles?page=${page + 1}`}>较早的报道 →</Link> : <span />}
      </nav>
    </>
  )
}
