import type { Project } from '@/payload-types'

import { siteTags } from '@/site/cacheTags'

import { asReader, readForSite, sitePayload } from './reader'

const listFields = {
  name: true,
  slug: true,
  categories: true,
  investment: true,
  fundingType: true,
  quantity: true,
  quantityUnit: true,
  township: true,
  village: true,
  status: true,
  year: true,
  summary: true,
} as const

export type ProjectListing = Pick<
  Project,
  | 'id'
  | 'name'
  | 'slug'
  | 'categories'
  | 'investment'
  | 'fundingType'
  | 'quantity'
  | 'quantityUnit'
  | 'township'
  | 'village'
  | 'status'
  | 'year'
  | 'summary'
>

/** Every published project, largest investment first; the projects page filters this list in memory. */
export function getPublishedProjects(): Promise<ProjectListing[]> {
  return readForSite(['projects', 'all'], [siteTags.projectList], async (reader) => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'projects',
      ...asReader(reader),
      sort: ['-investment', 'name'],
      depth: 0,
      pagination: false,
      select: listFields,
    })
    return docs as ProjectListing[]
  })
}

/** Internal links in a project's description name only published articles (src/visibility), hence the article list's tag. */
export function getProjectBySlug(slug: string): Promise<Project | null> {
  return readForSite(['project', slug], [siteTags.projectPage(slug), siteTags.articleList], async (reader) => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'projects',
      ...asReader(reader, { slug: { equals: slug } }),
      depth: 0,
      limit: 1,
    })
    return docs[0] ?? null
  })
}

/** Projects by id, published only, in the order asked for; unpublished ones are left out. */
export async function getProjectsByIds(ids: readonly number[]): Promise<ProjectListing[]> {
  if (ids.length === 0) return []
  const docs = await readForSite(
    ['projects', 'by-id', ...ids.map(String)],
    ids.map(siteTags.project),
    async (reader) => {
      const payload = await sitePayload()
      const { docs } = await payload.find({
        collection: 'projects',
        ...asReader(reader, { id: { in: [...ids] } }),
        depth: 0,
        pagination: false,
        select: listFields,
      })
      return docs as ProjectListing[]
    },
  )
  return ids.flatMap((id) => docs.filter((doc) => doc.id === id))
}
