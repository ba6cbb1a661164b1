import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlRoute } from '@/graphql/graphqlRoute'

export const POST = graphqlRoute(config)
export const OPTIONS = REST_OPTIONS(config)
