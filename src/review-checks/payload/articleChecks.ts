/**
 * The review checks of one article, as the server runs them for GET /checks and for the workflow's
 * submit and approve: reads the captions, the records and the `column` global, builds the text and
 * hands everything to the pure library. Thin on purpose; the checking is in `checkArticle`.
 */
import type { PayloadRequest, Where } from 'payload'

import type { Article } from '@/payload-types'

import { buildArticleText, checkArticle } from '../index'
import { rules } from '../rules'
import type { ArticlePart, CheckInput, Finding, Severity } from '../types'
import { articleParts, captionedMediaIds, idOf, type CheckedArticle } from './articleParts'

export type ArticleForChecks = CheckedArticle & Pick<Article, 'relatedProjects' | 'relatedHonors'>

/** A finding with the rule's Chinese name, so the admin needs no copy of the rule registry. */
export type ReportedFinding = Finding & { ruleName: string }

export interface ArticleChecks {
  findings: ReportedFinding[]
  /** ISO time the checks ran. */
  checkedAt: string
  /** The checked text: `text.slice(f.offset, f.offset + f.length) === f.excerpt`. */
  text: string
  parts: ArticlePart[]
  /** How many findings of each severity. */
  counts: Record<Severity, number>
}

/** Who the reads are for: a user (access applies) or the server itself. */
type Reader = PayloadRequest['user'] | undefined

const RULE_NAMES: ReadonlyMap<string, string> = new Map(rules.map((rule) => [rule.id, rule.name]))

const PROJECT_FIELDS = {
  name: true,
  slug: true,
  investment: true,
  categories: true,
  township: true,
  village: true,
  quantity: true,
  quantityUnit: true,
  startDate: true,
  completionDate: true,
  year: true,
} as const

/** Published records, and the ones the article links to even if they are not published yet. */
function publishedOr(related: unknown): Where {
  const ids = (Array.isArray(related) ? related.map(idOf) : []).filter((id): id is number => id !== null)
  const published: Where = { _status: { equals: 'published' } }
  return ids.length > 0 ? { or: [published, { id: { in: ids } }] } : published
}

/** Everything checkArticle needs for this article, read in parallel. */
export async function articleCheckInput(
  req: PayloadRequest,
  article: ArticleForChecks,
  user: Reader,
): Promise<CheckInput & { parts: ArticlePart[] }> {
  const access = { req, user, overrideAccess: !user, depth: 0, pagination: false } as const
  const mediaIds = captionedMediaIds(article)
  const [media, projects, honors, column] = await Promise.all([
    mediaIds.length > 0
      ? req.payload.find({ ...access, collection: 'media', where: { id: { in: mediaIds } }, select: { caption: true } })
      : { docs: [] },
    req.payload.find({
      ...access,
      collection: 'projects',
      where: publishedOr(article.relatedProjects),
      select: PROJECT_FIELDS,
    }),
    req.payload.find({
      ...access,
      collection: 'honors',
      where: publishedOr(article.relatedHonors),
      select: { title: true, awardedBy: true, year: true },
    }),
    req.payload.findGlobal({ slug: 'column', req, user, overrideAccess: !user, depth: 0 }),
  ])
  const captions = new Map(media.docs.map((doc) => [doc.id, doc.caption ?? '']))
  const { text, parts } = buildArticleText(articleParts(article, captions))
  return { text, parts, projects: projects.docs, honors: honors.docs, column }
}

/** Runs the checks on an article (already read, as the caller's user may see it). */
export async function runArticleChecks(
  req: PayloadRequest,
  article: ArticleForChecks,
  user: Reader,
): Promise<ArticleChecks> {
  const input = await articleCheckInput(req, article, user)
  const findings = checkArticle(input).map((f) => ({ ...f, ruleName: RULE_NAMES.get(f.rule) ?? f.rule }))
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const finding of findings) counts[finding.severity]++
  return { findings, checkedAt: new Date().toISOString(), text: input.text, parts: input.parts, counts }
}
