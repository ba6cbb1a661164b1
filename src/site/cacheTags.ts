/**
 * The site's cache tags: which cached reads a change to the content makes stale. Every cached read
 * of the public site carries the tags below, and every change to content that readers can see
 * expires exactly the tags it touches, so a publish shows at once without refreshing every page.
 */
import { relationIds } from './relationIds'

export const siteTags = {
  /** Every cached read carries this tag: expiring it refreshes the whole site (done when the server starts). */
  everything: 'site',
  /** The column's settings: in the layout of every page. */
  column: 'column',
  /** The list of published articles: the home page, the feed, the sitemap. */
  articleList: 'articles',
  /** One article's page, by its URL. */
  article: (slug: string) => `article:${slug}`,
  /** The published articles about one project (listed on the project's page). */
  articlesOfProject: (projectId: number | string) => `articles-of-project:${projectId}`,
  /** All published projects: the projects page, its figures and chart, the home page's figures. */
  projectList: 'projects',
  /** One project's page, by its URL. */
  projectPage: (slug: string) => `project-page:${slug}`,
  /** One project as shown elsewhere (an article's related projects). */
  project: (id: number | string) => `project:${id}`,
  /** All published honors: the honors page. */
  honorList: 'honors',
  /** One honor as shown elsewhere (an article's related honors). */
  honor: (id: number | string) => `honor:${id}`,
  /** One image or its caption, wherever it is shown. */
  media: (id: number | string) => `media:${id}`,
} as const

/** What a hook knows about a saved or deleted document. */
export interface DocumentChange {
  collection: string
  doc: ChangedDocument
  previousDoc?: ChangedDocument | null
  /** The write only added a draft version: the live row, and so the site, did not change. */
  savedAsDraft?: boolean
  /**
   * The write moved the document into or out of the trash, and `doc` is its live row. Readers
   * lose it (or get it back) exactly when that row is published, whatever the write's draft flag:
   * trashing a published document refreshes what unpublishing it would.
   */
  trashMove?: 'trash' | 'restore'
}

interface ChangedDocument {
  id: number | string
  _status?: string | null
  slug?: string | null
  relatedProjects?: unknown
}

const slugsOf = (change: DocumentChange) => [
  ...new Set([change.doc.slug, change.previousDoc?.slug].filter((slug): slug is string => Boolean(slug))),
]

/** Readers only ever see published versions: a change matters when it touches one. */
function touchesPublishedVersion({ doc, previousDoc, savedAsDraft, trashMove }: DocumentChange): boolean {
  if (trashMove) return doc._status === 'published'
  if (savedAsDraft) return false
  return doc._status === 'published' || previousDoc?._status === 'published'
}

/** The cache tags a change makes stale; empty when readers cannot see the difference. */
export function siteTagsForChange(change: DocumentChange): string[] {
  const { collection, doc, previousDoc } = change
  switch (collection) {
    case 'articles': {
      if (!touchesPublishedVersion(change)) return []
      const projects = new Set([...relationIds(doc.relatedProjects), ...relationIds(previousDoc?.relatedProjects)])
      return [
        siteTags.articleList,
        ...slugsOf(change).map(siteTags.article),
        ...[...projects].map(siteTags.articlesOfProject),
      ]
    }
    case 'projects':
      if (!touchesPublishedVersion(change)) return []
      return [siteTags.projectList, siteTags.project(doc.id), ...slugsOf(change).map(siteTags.projectPage)]
    case 'honors':
      if (!touchesPublishedVersion(change)) return []
      return [siteTags.honorList, siteTags.honor(doc.id)]
    case 'media':
      // Media has no drafts: a changed caption or file is live at once.
      return [siteTags.media(doc.id)]
    case 'column':
      return [siteTags.column]
    default:
      return []
  }
}
