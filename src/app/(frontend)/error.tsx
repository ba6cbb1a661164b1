'use client'

import React from 'react'

/**
 * What a reader sees when a page cannot be made right now (the database is restarting, say):
 * a message in Chinese and a way to try again, instead of Next's bare error page.
 */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="not-found" role="alert">
      <h1 className="page-title">页面暂时无法显示</h1>
      <p>服务器正在恢复，请稍后再试。已发布的报道不会丢失。</p>
      <p>
        <button type="button" className="retry" onClick={() => reset()}>
          重新加载
        </button>{' '}
        · <a href="/">返回专栏首页</a>
      </p>
    </section>
  )
}
