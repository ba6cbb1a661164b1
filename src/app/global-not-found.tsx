import type { Metadata } from 'next'

import React from 'react'

import { Masthead } from './(frontend)/components/Masthead'
import { NotFoundMessage } from './(frontend)/components/NotFoundMessage'
import { getColumn } from './(frontend)/data/column'
import './(frontend)/styles.css'

/**
 * The 404 page for an address loaded directly. The site and the admin have separate root layouts
 * (route groups), so Next cannot render a missing page inside the site's layout on the server;
 * this complete document gives readers the column's own page in Chinese instead of an empty one.
 */
export const metadata: Metadata = { title: '页面不存在', robots: { index: false } }

export default async function GlobalNotFound() {
  const column = await getColumn()
  return (
    <html lang="zh-CN">
      <body>
        <Masthead column={column} />
        <main className="page">
          <NotFoundMessage />
        </main>
      </body>
    </html>
  )
}
