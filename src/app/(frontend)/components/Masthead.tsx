import Link from 'next/link'
import React from 'react'

import type { Column } from '@/payload-types'

/** The column's name and tagline at the top of every page, with the sections below them. */
export function Masthead({
  column,
  navigation = true,
}: {
  column: Pick<Column, 'name' | 'tagline'>
  navigation?: boolean
}) {
  return (
    <header className="masthead">
      <div className="masthead__inner">
        <Link href="/" className="masthead__name">
          {column.name}
        </Link>
        {column.tagline ? <p className="masthead__tagline">——{column.tagline}</p> : null}
        {navigation ? (
          <nav aria-label="栏目导航" className="nav">
            <Link href="/articles">报道</Link>
            <Link href="/projects">援藏项目</Link>
            <Link href="/honors">荣誉</Link>
          </nav>
        ) : null}
      </div>
    </header>
  )
}
