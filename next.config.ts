import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

import { everyResponseHeaders, sitePolicy, SITE_ROUTES } from './src/site/securityHeaders'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // One 404 document for the whole app: the site and the admin have separate root layouts.
  experimental: { globalNotFound: true },
  // The browser tests build into their own directory, so they never replace a developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Development only: let the admin's live-reload work whether it is opened as localhost or 127.0.0.1.
  allowedDevOrigins: ['localhost', '127.0.0.1'],
  async headers() {
    return [
      { source: '/:path*', headers: everyResponseHeaders },
      {
        source: SITE_ROUTES,
        headers: [{ key: 'Content-Security-Policy', value: sitePolicy(process.env.NODE_ENV !== 'production') }],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
