import { unstable_cache } from 'next/cache'

import { siteTags } from '@/site/cacheTags'
import { withColumnDefaults } from '@/site/columnDefaults'

import { sitePayload } from './reader'

/**
 * The column's settings, with the code's defaults where nothing was saved yet (an empty
 * production database); not versioned, so previews see the same as readers.
 */
export const getColumn = unstable_cache(
  async () => {
    const payload = await sitePayload()
    return withColumnDefaults(await payload.findGlobal({ slug: 'column', overrideAccess: false, depth: 0 }))
  },
  ['column'],
  { tags: [siteTags.everything, siteTags.column] },
)
