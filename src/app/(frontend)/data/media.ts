import type { Media } from '@/payload-types'

import { siteTags } from '@/site/cacheTags'

import { readForSite, sitePayload } from './reader'

/** The images a page shows, in one query, by id. Media has no drafts: previews read the same. */
export async function getMediaByIds(ids: readonly number[]): Promise<Map<number, Media>> {
  const unique = [...new Set(ids)].sort((a, b) => a - b)
  if (unique.length === 0) return new Map()
  const docs = await readForSite(['media', ...unique.map(String)], unique.map(siteTags.media), async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'media',
      overrideAccess: false,
      where: { id: { in: unique } },
      depth: 0,
      limit: unique.length,
      pagination: false,
    })
    return docs
  })
  return new Map(docs.map((doc) => [doc.id, doc]))
}
