import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Development only: let the admin's live-reload work whether it is opened as localhost or 127.0.0.1.
  allowedDevOrigins: ['localhost', '127.0.0.1'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
