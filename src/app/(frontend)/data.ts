import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * Every read of the public site goes through here: no user, access control on, so readers get
 * exactly what Payload's read access grants anonymous visitors (published documents only).
 */
export async function getColumnHome() {
  const payload = await getPayload({ config })
  const [column, articles] = await Promise.all([
    payload.findGlobal({ slug: 'column', overrideAccess: false, depth: 0 }),
    payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { _status: { equals: 'published' } },
      sort: '-publishedAt',
      depth: 0,
      limit: 50,
      select: { title: true, kicker: true, subtitle: true, lead: true, slug: true, publishedAt: true },
    }),
  ])
  return { column, articles: articles.docs }
}
