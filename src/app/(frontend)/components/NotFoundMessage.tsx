import Link from 'next/link'
import React from 'react'

/** What a reader sees for an address that does not exist or was taken down. */
export function NotFoundMessage() {
  return (
    <section className="not-found">
      <h1 className="page-title">页面不存在</h1>
      <p>您要找的页面不存在，或已撤下。</p>
      <p>
        <Link href="/">返回专栏首页</Link> · <Link href="/projects">援藏项目</Link> · <Link href="/honors">荣誉</Link>
      </p>
    </section>
  )
}
