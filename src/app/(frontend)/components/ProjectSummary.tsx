import Link from 'next/link'
import React from 'react'

import { formatInvestment } from '@/site/money'
import { FUNDING_TYPES, PROJECT_CATEGORIES, PROJECT_STATUSES } from '@/vocabulary'

import type { ProjectListing } from '../data/projects'

import { labelOf } from './labels'

/** A project in a list: name, categories, investment, place, status. */
export function ProjectSummary({ project }: { project: ProjectListing }) {
  const place = [...(project.township ?? []), ...(project.village ?? [])].join('、')
  return (
    <article className="project">
      <h3 className="project__name">
        {project.slug ? (
          <Link href={`/projects/${encodeURIComponent(project.slug)}`}>{project.name}</Link>
        ) : (
          project.name
        )}
      </h3>
      <p className="project__facts">
        {typeof project.investment === 'number' ? (
          <strong className="figure-value">
            {formatInvestment(project.investment)}
            {project.fundingType === 'attracted_investment' ? `（${labelOf(FUNDING_TYPES, project.fundingType)}）` : ''}
          </strong>
        ) : null}
        {project.quantity ? (
          <span>
            {project.quantity}
            {project.quantityUnit}
          </span>
        ) : null}
        {place ? <span>{place}</span> : null}
        <span>{labelOf(PROJECT_STATUSES, project.status)}</span>
        {project.year ? <span>{project.year}年</span> : null}
      </p>
      <p className="tags">
        {project.categories.map((category) => (
          <span key={category} className="tag">
            {labelOf(PROJECT_CATEGORIES, category)}
          </span>
        ))}
      </p>
      {project.summary ? <p className="project__summary">{project.summary}</p> : null}
    </article>
  )
}
