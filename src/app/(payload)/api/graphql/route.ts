import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withBodyLimit } from '@/api/requestBodyLimit'
import { withGraphqlStatus } from '@/graphql/graphqlStatus'

export const POST = withBodyLimit(withGraphqlStatus(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
