import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { restRoute } from '@/api/restRoute'

export const GET = restRoute(config, REST_GET(config))
export const POST = restRoute(config, REST_POST(config))
export const DELETE = restRoute(config, REST_DELETE(config))
export const PATCH = restRoute(config, REST_PATCH(config))
export const PUT = restRoute(config, REST_PUT(config))
export const OPTIONS = restRoute(config, REST_OPTIONS(config))
