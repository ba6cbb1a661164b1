import type { Honor } from '@/payload-types'

import { siteTags } from '@/site/cacheTags'

import { asReader, readForSite, sitePayload } from './reader'

/** Every published honor, highest level first, newest first within a level. */
export function getPublishedHonors(): Promise<Honor[]> {
  return readForSite(['honors', 'all'], [siteTags.honorList], async (reader) => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'honors',
      ...asReader(reader),
      sort: ['level', '-year', 'title'],
      depth: 0,
      pagination: false,
    })
    return docs
  })
}

/** Honors by id, published only, in the order asked for. */
export async function getHonorsByIds(ids: readonly number[]): Promise<Honor[]> {
  if (ids.length === 0) return []
  const docs = await readForSite(['honors', 'by-id', ...ids.map(String)], ids.map(siteTags.honor), async (reader) => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'honors',
      ...asReader(reader, { id: { in: [...ids] } }),
      depth: 0,
      pagination: false,
    })
    return docs
  })
  return ids.flatMap((id) => docs.filter((doc) => doc.id === id))
}
