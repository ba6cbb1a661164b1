import type { Metadata } from 'next'
import React from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: '穿越喜马拉雅的守望 · 大众日报',
  description: '直击淄博第九批援藏工作组工作',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <main className="column">{children}</main>
      </body>
    </html>
  )
}
