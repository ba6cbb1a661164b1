import React from 'react'

import { getColumnHome } from './data'

// The column's pages are built in the frontend issue; until then this page lists what is published.
export const dynamic = 'force-dynamic'

export default async function ColumnHome() {
  const { column, articles } = await getColumnHome()
  return (
    <>
      <header>
        <h1>{column.name}</h1>
        {column.tagline ? <p>——{column.tagline}</p> : null}
      </header>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            {article.kicker ? <p>{article.kicker}</p> : null}
            <h2>{article.title}</h2>
            {article.lead ? <p>{article.lead}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}
