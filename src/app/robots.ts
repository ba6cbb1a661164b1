import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/site/siteUrl'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/next'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
