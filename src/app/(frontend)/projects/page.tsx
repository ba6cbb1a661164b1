import type { Metadata } from 'next'

import Link from 'next/link'
import React from 'react'

import { formatInvestment, formatShare } from '@/site/money'
import { programmeFigures } from '@/site/programmeFigures'
import {
  isFiltered,
  matchesProjectFilter,
  parseProjectFilter,
  projectFilterHref,
  type ProjectFilter,
  type ProjectFilterKey,
} from '@/site/projectFilters'
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from '@/vocabulary'

import { BarChart } from '../components/BarChart'
import { labelOf } from '../components/labels'
import { ProjectSummary } from '../components/ProjectSummary'
import { getColumn } from '../data/column'
import { getPublishedProjects, type ProjectListing } from '../data/projects'

export const metadata: Metadata = {
  title: '援藏项目',
  description: '淄博市第九批援藏工作组在昂仁县实施的援藏项目、投资与建设情况',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const CATEGORY_ORDER = Object.keys(PROJECT_CATEGORIES)

function choices(projects: ProjectListing[]) {
  const townships = [...new Set(projects.flatMap((project) => project.township ?? []))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN'),
  )
  const years = [...new Set(projects.flatMap((project) => (project.year ? [project.year] : [])))].sort()
  return {
    category: CATEGORY_ORDER.map((value) => ({ value, label: labelOf(PROJECT_CATEGORIES, value) })),
    township: townships.map((value) => ({ value, label: value })),
    year: years.map((year) => ({ value: String(year), label: `${year}年` })),
    status: Object.keys(PROJECT_STATUSES).map((value) => ({ value, label: labelOf(PROJECT_STATUSES, value) })),
  } satisfies Record<ProjectFilterKey, { value: string; label: string }[]>
}

const FILTER_LABELS: Record<ProjectFilterKey, string> = {
  category: '类别',
  township: '乡镇',
  year: '年度',
  status: '状态',
}

/** A plain GET form: works without JavaScript, and the resulting URL can be shared. */
function FilterForm({ filter, options }: { filter: ProjectFilter; options: ReturnType<typeof choices> }) {
  return (
    <form className="filters" method="get" action="/projects" aria-label="筛选项目">
      {(Object.keys(FILTER_LABELS) as ProjectFilterKey[]).map((key) => (
        <label key={key}>
          {FILTER_LABELS[key]}
          <select name={key} defaultValue={filter[key] ?? ''}>
            <option value="">全部</option>
            {options[key].map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit">筛选</button>
      {isFiltered(filter) ? <Link href="/projects">清除筛选</Link> : null}
    </form>
  )
}

export default async function ProjectsPage({ searchParams }: Props) {
  const filter = parseProjectFilter(await searchParams)
  const [column, projects] = await Promise.all([getColumn(), getPublishedProjects()])
  const shown = projects.filter((project) => matchesProjectFilter(project, filter))
  const figures = programmeFigures(shown, isFiltered(filter) ? null : column.declared, CATEGORY_ORDER)
  const options = choices(projects)
  const batches = isFiltered(filter) ? [] : (column.declared?.batches ?? []).filter((batch) => batch.investment)
  const showDeclared = figures.declared.projectCount !== null || figures.declared.investment !== null
  const active = (Object.keys(FILTER_LABELS) as ProjectFilterKey[]).filter((key) => filter[key])

  return (
    <>
      <h1 className="page-title">援藏项目</h1>
      <p className="intro">
        {column.workGroup}在{column.county}实施的项目。“报道公布”为专栏报道中公布的总数，
        “已收录”为本站已发布的项目记录合计，两者口径不同：本站只收录报道中具体写到的项目。
      </p>

      <section className="programme" aria-labelledby="programme-figures">
        <h2 id="programme-figures" className="section-title">
          {isFiltered(filter) ? '筛选结果合计' : '项目总览'}
        </h2>
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col"></th>
              {showDeclared ? <th scope="col">报道公布</th> : null}
              <th scope="col">已收录</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">项目数</th>
              {showDeclared ? <td>{figures.declared.projectCount ?? '—'}个</td> : null}
              <td>{figures.recorded.projectCount}个</td>
            </tr>
            <tr>
              <th scope="row">援藏资金投资</th>
              {showDeclared ? (
                <td>{figures.declared.investment !== null ? formatInvestment(figures.declared.investment) : '—'}</td>
              ) : null}
              <td>
                {formatInvestment(figures.recorded.aidInvestment)}
                {figures.recorded.aidInvestment >= 10_000 ? (
                  <span className="small">（{figures.recorded.aidInvestment}万元）</span>
                ) : null}
              </td>
            </tr>
            {figures.recorded.attractedInvestment > 0 ? (
              <tr>
                <th scope="row">引进投资</th>
                {showDeclared ? <td>—</td> : null}
                <td>{formatInvestment(figures.recorded.attractedInvestment)}</td>
              </tr>
            ) : null}
          </tbody>
        </table>

        <table className="figures-table">
          <caption>按类别（一个项目可计入多个类别，占比之和可超过100%）</caption>
          <thead>
            <tr>
              <th scope="col">类别</th>
              <th scope="col">项目</th>
              <th scope="col">投资</th>
              <th scope="col">占比</th>
            </tr>
          </thead>
          <tbody>
            {figures.byCategory.map((entry) => (
              <tr key={entry.category}>
                <th scope="row">
                  <Link href={projectFilterHref(filter, 'category', entry.category)}>
                    {labelOf(PROJECT_CATEGORIES, entry.category)}
                  </Link>
                </th>
                <td>
                  {entry.projectCount}个
                  {entry.declared?.projectCount != null ? (
                    <span className="small">（报道{entry.declared.projectCount}个）</span>
                  ) : null}
                </td>
                <td>
                  {entry.withInvestment > 0 ? formatInvestment(entry.investment) : '未公布'}
                  {entry.declared?.investment != null ? (
                    <span className="small">（报道{formatInvestment(entry.declared.investment)}）</span>
                  ) : null}
                </td>
                <td>
                  {entry.withInvestment > 0 ? formatShare(entry.share) : '—'}
                  {entry.declared?.sharePercent != null ? (
                    <span className="small">（报道{entry.declared.sharePercent}%）</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        <BarChart
          title="已收录项目援藏资金投资（按类别）"
          bars={figures.byCategory
            .filter((entry) => entry.investment > 0)
            .map((entry) => ({
              label: labelOf(PROJECT_CATEGORIES, entry.category),
              value: entry.investment,
              valueLabel: formatInvestment(entry.investment),
            }))}
        />
        {figures.byYear.length > 0 ? (
          <BarChart
            title="已收录项目援藏资金投资（按年度）"
            bars={figures.byYear.map((entry) => ({
              label: `${entry.year}年`,
              value: entry.investment,
              valueLabel: formatInvestment(entry.investment),
            }))}
          />
        ) : (
          // The records do not say their year; the column's construction batches do.
          <BarChart
            title="报道公布的分批建设投资（按年度）"
            bars={batches.map((batch) => ({
              label: batch.years ? `${batch.years}年` : batch.label,
              value: batch.investment ?? 0,
              valueLabel: `${formatInvestment(batch.investment ?? 0)}（${batch.projectCount ?? '?'}个）`,
            }))}
          />
        )}
      </section>

      <section aria-labelledby="project-list">
        <h2 id="project-list" className="section-title">
          项目列表
        </h2>
        <FilterForm filter={filter} options={options} />
        {active.length > 0 ? (
          <p className="active-filters">
            {active.map((key) => (
              <Link
                key={key}
                className="tag tag--removable"
                href={projectFilterHref(filter, key, undefined)}
                aria-label={`取消筛选：${FILTER_LABELS[key]}`}
              >
                {FILTER_LABELS[key]}：
                {options[key].find((option) => option.value === filter[key])?.label ?? filter[key]} ×
              </Link>
            ))}
          </p>
        ) : null}
        <p className="meta">共{shown.length}个项目</p>
        {projects.length === 0 ? <p className="empty">暂无已发布的项目。</p> : null}
        {projects.length > 0 && shown.length === 0 ? (
          <p className="empty">
            没有符合条件的项目。<Link href="/projects">查看全部项目</Link>
          </p>
        ) : null}
        {shown.map((project) => (
          <ProjectSummary key={project.id} project={project} />
        ))}
      </section>
    </>
  )
}
