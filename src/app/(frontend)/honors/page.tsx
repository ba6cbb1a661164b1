import type { Metadata } from 'next'

import React from 'react'

import { groupHonors } from '@/site/groupHonors'
import { HONOR_LEVELS } from '@/vocabulary'

import { labelOf } from '../components/labels'
import { getPublishedHonors } from '../data/honors'

export const metadata: Metadata = {
  title: '荣誉',
  description: '淄博市第九批援藏工作组及其成员获得的荣誉',
}

export default async function HonorsPage() {
  const groups = groupHonors(await getPublishedHonors(), Object.keys(HONOR_LEVELS))
  return (
    <>
      <h1 className="page-title">荣誉</h1>
      {groups.length === 0 ? <p className="empty">暂无已发布的荣誉。</p> : null}
      {groups.map((group) => (
        <section key={group.level} aria-labelledby={`level-${group.level}`}>
          <h2 id={`level-${group.level}`} className="section-title">
            {labelOf(HONOR_LEVELS, group.level)}
          </h2>
          {group.years.map((year) => (
            <div key={year.year ?? 'undated'}>
              <h3 className="year">{year.year ? `${year.year}年` : '年度未注明'}</h3>
              <ul className="honor-list">
                {year.honors.map((honor) => (
                  <li key={honor.id}>
                    <strong>{honor.title}</strong>
                    <span className="meta">
                      {honor.awardedBy}
                      {honor.recipient ? ` 授予 ${honor.recipient}` : ''}
                    </span>
                    {honor.description ? <p>{honor.description}</p> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  )
}
