import type { Payload } from 'payload'

import { buildLexicalDocument, type DocumentBlock } from '@/lexical/buildDocument'
import { FUNDING_TYPES, HONOR_LEVELS, PROJECT_CATEGORIES, PROJECT_STATUSES, valueOf } from '@/vocabulary'

import { ARTICLE_SEED } from './articleSeedSettings'
import { createPublishedOnce } from './createPublishedOnce'
import { extractDeclaredTotals } from './extractDeclaredTotals'
import { extractHonors } from './extractHonors'
import { extractProjects } from './extractProjects'
import { loadArticleText } from './loadArticleText'
import { parseColumnArticle, type ParsedColumnArticle } from './parseColumnArticle'
import { placeholderImage } from './placeholderImage'
import { seedWorkflows } from './seedWorkflows'

export interface SeedReport {
  created: { workflows: number; media: number; projects: number; honors: number; articles: number; column: boolean }
}

/**
 * Loads the column's real content from the article text. Idempotent and non-destructive: it only
 * creates what is missing (matched by slug, title or caption) and never overwrites what editors
 * changed, so running it twice, or after editing, changes nothing.
 */
export async function seedColumn(payload: Payload): Promise<SeedReport> {
  const parsed = parseColumnArticle(await loadArticleText())
  const report: SeedReport = {
    created: { workflows: 0, media: 0, projects: 0, honors: 0, articles: 0, column: false },
  }

  // The stages first: the documents below are published through them.
  report.created.workflows = await seedWorkflows(payload)

  const mediaByCaption = await seedMedia(payload, parsed, report)
  const projectIds = await seedProjects(payload, parsed, report)
  const honorIds = await seedHonors(payload, parsed, report)
  await seedArticle(payload, parsed, { mediaByCaption, projectIds, honorIds }, report)
  await seedColumnGlobal(payload, parsed, report)
  return report
}

async function seedMedia(payload: Payload, parsed: ParsedColumnArticle, report: SeedReport) {
  const ids = new Map<string, number>()
  for (const [index, caption] of parsed.captions.entries()) {
    const existing = await payload.find({
      collection: 'media',
      where: { caption: { equals: caption } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs[0]) {
      ids.set(caption, existing.docs[0].id)
      continue
    }
    const data = await placeholderImage(index)
    const created = await payload.create({
      collection: 'media',
      data: { alt: caption.replace(/。$/, ''), caption, credit: '示意图（原图待补）' },
      file: { data, mimetype: 'image/jpeg', name: `column-photo-${index + 1}.jpg`, size: data.length },
    })
    ids.set(caption, created.id)
    report.created.media++
  }
  return ids
}

async function seedProjects(payload: Payload, parsed: ParsedColumnArticle, report: SeedReport) {
  const ids: number[] = []
  for (const project of extractProjects(parsed)) {
    const { id, created } = await createPublishedOnce(
      payload,
      'projects',
      { slug: { equals: project.slug } },
      {
        name: project.name,
        slug: project.slug,
        categories: project.categories.map((zh) => valueOf(PROJECT_CATEGORIES, zh)),
        investment: project.investment,
        fundingType: valueOf(FUNDING_TYPES, project.fundingType),
        status: valueOf(PROJECT_STATUSES, project.status),
        township: project.townships,
        village: project.villages,
        quantity: project.quantity,
        quantityUnit: project.quantityUnit,
        summary: project.summary,
      },
    )
    ids.push(id)
    if (created) report.created.projects++
  }
  return ids
}

async function seedHonors(payload: Payload, parsed: ParsedColumnArticle, report: SeedReport) {
  const ids: number[] = []
  for (const honor of extractHonors(parsed)) {
    const where = { title: { equals: honor.title }, awardedBy: { equals: honor.awardedBy } }
    const { id, created } = await createPublishedOnce(payload, 'honors', where, {
      title: honor.title,
      level: valueOf(HONOR_LEVELS, honor.level),
      awardedBy: honor.awardedBy,
    })
    ids.push(id)
    if (created) report.created.honors++
  }
  return ids
}

interface Links {
  mediaByCaption: Map<string, number>
  projectIds: number[]
  honorIds: number[]
}

async function seedArticle(payload: Payload, parsed: ParsedColumnArticle, links: Links, report: SeedReport) {
  const { article } = parsed
  const blocks: DocumentBlock[] = article.sections.flatMap(({ heading, blocks }) => [
    { type: 'heading' as const, text: heading },
    ...blocks.map((block): DocumentBlock =>
      block.type === 'paragraph'
        ? block
        : { type: 'upload', mediaId: requireMedia(links.mediaByCaption, block.caption) },
    ),
  ])

  const { created } = await createPublishedOnce(
    payload,
    'articles',
    { slug: { equals: ARTICLE_SEED.slug } },
    {
      slug: ARTICLE_SEED.slug,
      kicker: article.kicker,
      title: article.title,
      subtitle: article.subtitle,
      lead: article.lead,
      body: buildLexicalDocument(blocks),
      coverImage: requireMedia(links.mediaByCaption, article.coverCaption),
      bylines: [{ role: ARTICLE_SEED.bylineRole(article.byline.role), name: article.byline.name }],
      source: article.byline.source,
      topics: ARTICLE_SEED.topics,
      relatedProjects: links.projectIds,
      relatedHonors: links.honorIds,
      publishedAt: new Date().toISOString(),
    },
  )
  if (created) report.created.articles++
}

function requireMedia(mediaByCaption: Map<string, number>, caption: string): number {
  const id = mediaByCaption.get(caption)
  if (id === undefined) throw new Error(`no image was seeded for the caption "${caption}"`)
  return id
}

async function seedColumnGlobal(payload: Payload, parsed: ParsedColumnArticle, report: SeedReport) {
  const current = await payload.findGlobal({ slug: 'column', depth: 0 })
  if (current.name) return

  const totals = extractDeclaredTotals(parsed)
  await payload.updateGlobal({
    slug: 'column',
    data: {
      name: parsed.column.name,
      tagline: parsed.column.tagline,
      editorsNote: buildLexicalDocument(parsed.column.editorsNote.map((text) => ({ type: 'paragraph', text }))),
      publisher: parsed.article.byline.source,
      workGroup: ARTICLE_SEED.workGroup,
      workGroupSize: totals.workGroupSize,
      county: ARTICLE_SEED.county,
      aidPeriod: { start: `${totals.aidPeriod.start}-01`, end: `${totals.aidPeriod.end}-01` },
      declared: {
        projectCount: totals.projectCount,
        investment: totals.investment,
        categories: totals.categories.map((row) => ({ ...row, category: valueOf(PROJECT_CATEGORIES, row.category) })),
        batches: totals.batches.map((row) => ({ ...row, category: valueOf(PROJECT_CATEGORIES, row.category) })),
        plans: [totals.plan],
      },
    },
  })
  report.created.column = true
}
