import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLSchema } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { apiRefusal } from '@/api/apiRefusal'

import { documentErrors } from './documentErrors'
import { graphqlParams } from './graphqlRequest'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

const schemas = new WeakMap<SanitizedConfig, GraphQLSchema>()

/**
 * The schema Payload serves, built by Payload's own configToSchema from the same config (once per
 * process): Payload's handler keeps its copy to itself, and the check must run before it.
 */
function schemaOf(config: SanitizedConfig): GraphQLSchema {
  let schema = schemas.get(config)
  if (!schema) {
    schema = configToSchema(config).schema
    schemas.set(config, schema)
  }
  return schema
}

/**
 * The GraphQL route's request guard: the body must be a GraphQL request and its document one that
 * GraphQL would run (documentErrors.ts); anything else is answered 400 (415 for a body that is not
 * JSON) with GraphQL's messages, minus the "Did you mean …?" that would name hidden fields.
 */
export function withGraphqlGuard<Rest extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: Handler<Rest>,
): Handler<Rest> {
  return async (request, ...rest) => {
    const resolved = await config
    if (resolved.graphQL.disable || request.method !== 'POST') return handler(request, ...rest)
    const text = await request.text()
    const params = graphqlParams(request.headers.get('content-type'), text)
    if ('status' in params) return apiRefusal(params.status, params.message)
    const schema = schemaOf(resolved)
    const errors = documentErrors(schema, params, (document) =>
      resolved.graphQL.validationRules
        ? resolved.graphQL.validationRules({ schema, document, variableValues: params.variables ?? {} })
        : [],
    )
    if (errors.length > 0) return Response.json({ errors: errors.map((message) => ({ message })) }, { status: 400 })
    return handler(new Request(request.url, { method: request.method, headers: request.headers, body: text }), ...rest)
  }
}
