import type { Metadata, Viewport } from 'next'

import { draftMode } from 'next/headers'
import React from 'react'

import { siteUrl } from '@/site/siteUrl'

import { Masthead } from './components/Masthead'
import { PreviewBanner } from './components/PreviewBanner'
import { getColumn } from './data/column'
import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const column = await getColumn()
  const title = column.name
  const description = column.tagline ?? undefined
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${title} · ${column.publisher}`, template: `%s · ${title}` },
    description,
    alternates: { types: { 'application/rss+xml': '/feed.xml' } },
    openGraph: { siteName: `${title} · ${column.publisher}`, locale: 'zh_CN', type: 'website' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#8c1c13' }

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const [column, draft] = await Promise.all([getColumn(), draftMode()])
  return (
    <html lang="zh-CN">
      <body>
        <PreviewBanner draftModeOn={draft.isEnabled} />
        <Masthead column={column} />
        <main className="page">{children}</main>
        <footer className="footer">
          <p>
            {column.publisher} · {column.name}
          </p>
          <p>
            <a href="/feed.xml">RSS 订阅</a>
          </p>
        </footer>
      </body>
    </html>
  )
}
