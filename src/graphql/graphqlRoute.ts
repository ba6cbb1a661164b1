import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { withBodyLimit } from '@/api/requestBodyLimit'

import { withGraphqlStatus } from './graphqlStatus'
import { withGraphqlGuard } from './guardGraphqlRequest'

/**
 * Payload's GraphQL handler as the API serves it: the body capped (413), the request and its
 * document checked (guardGraphqlRequest.ts), Payload's answer given its HTTP status
 * (graphqlStatus.ts). The Next route and the tests' REST client both use this.
 */
export const graphqlRoute = (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  withBodyLimit(withGraphqlGuard(config, withGraphqlStatus(GRAPHQL_POST(config))))
