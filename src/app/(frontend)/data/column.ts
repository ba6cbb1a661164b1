import { unstable_cache } from 'next/cache'

import { siteTags } from '@/site/cacheTags'

import { sitePayload } from './reader'

/** The column's settings; not versioned, so previews see the same as readers. */
export const getColumn = unstable_cache(
  async () => {
    const payload = await sitePayload()
    return payload.findGlobal({ slug: 'column', overrideAccess: false, depth: 0 })
  },
  ['column'],
  { tags: [siteTags.everything, siteTags.column] },
)
