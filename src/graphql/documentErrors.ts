import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
  // The CommonJS entry on purpose: it is the copy Payload's packages load (graphql 16 has no exports
  // map, so Node resolves 'graphql' to its main file, and Next keeps graphql external). A bundler
  // resolving 'graphql' by its "module" field (vitest does) would load index.mjs, a second copy,
  // and GraphQL refuses a schema built by the other copy.
} from 'graphql/index.js'

import { bilingualMessage } from '@/errors/bilingualMessage'

import type { GraphqlParams } from './graphqlRequest'

/**
 * Everything GraphQL itself would refuse in a request, found before Payload's handler sees it:
 * syntax, the specification's validation rules (fragment cycles among them) and the project's own
 * (depth), the operation to run, and the variables' types. Payload runs its complexity estimate
 * next to the validation rules, and that estimate crashes on a document they would have refused
 * (a fragment cycle recurses forever, a directive with a wrong argument throws): a 500 with an
 * empty body. A document refused here never gets there.
 */

/** GraphQL's "Did you mean …?" names fields and types that introspection is meant to keep to itself. */
export const withoutSuggestions = (message: string): string => message.replace(/\s*Did you mean [^?]*\?\s*$/, '')

export function documentErrors(
  schema: GraphQLSchema,
  params: GraphqlParams,
  /** The project's own rules for this document (payload.config.ts graphQL.validationRules). */
  rulesFor: (document: DocumentNode) => readonly ValidationRule[],
): string[] {
  let document: DocumentNode
  try {
    document = parse(params.query)
  } catch (error) {
    if (error instanceof GraphQLError) return [error.message]
    throw error
  }
  const invalid = validate(schema, document, [...specifiedRules, ...rulesFor(document)])
  if (invalid.length > 0) return invalid.map((error) => withoutSuggestions(error.message))

  const operation = getOperationAST(document, params.operationName ?? undefined)
  if (!operation) {
    return [
      params.operationName
        ? bilingualMessage(
            `没有名为 ${params.operationName} 的操作。`,
            `No operation is named "${params.operationName}".`,
          )
        : bilingualMessage(
            '文档含有多个操作，请用 operationName 指明要执行哪一个。',
            'Name the operation to run in "operationName".',
          ),
    ]
  }
  if (operation.operation === 'subscription') {
    return [bilingualMessage('不支持订阅（subscription）。', 'Subscriptions are not supported.')]
  }
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], params.variables ?? {})
  return variables.errors?.map((error) => withoutSuggestions(error.message)) ?? []
}
