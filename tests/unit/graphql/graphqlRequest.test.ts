import { describe, expect, it } from 'vitest'

import { graphqlParams } from '../../../src/graphql/graphqlRequest'

const JSON_TYPE = 'application/json'

describe('graphqlParams', () => {
  it('reads a GraphQL request', () => {
    expect(graphqlParams(JSON_TYPE, '{"query":"{ a }","variables":{"x":1},"operationName":null}')).toEqual({
      query: '{ a }',
      variables: { x: 1 },
      operationName: null,
    })
    expect(graphqlParams('application/json; charset=utf-8', '{"query":"{ a }"}')).toMatchObject({ query: '{ a }' })
  })

  it.each([
    ['text/plain', '{"query":"{ a }"}', 415, /as JSON/],
    ['application/graphql', '{ a }', 415, /as JSON/],
    [null, '{"query":"{ a }"}', 415, /as JSON/],
    [JSON_TYPE, '', 400, /empty/],
    [JSON_TYPE, '{', 400, /not valid JSON/],
    [JSON_TYPE, 'null', 400, /JSON object/],
    [JSON_TYPE, '"{ a }"', 400, /JSON object/],
    [JSON_TYPE, '[{"query":"{ a }"}]', 400, /JSON object/],
    [JSON_TYPE, '{}', 400, /no "query"/],
    [JSON_TYPE, '{"query":1}', 400, /no "query"/],
    [JSON_TYPE, '{"query":"  "}', 400, /no "query"/],
    [JSON_TYPE, '{"query":"{ a }","variables":"x"}', 400, /"variables" must be an object/],
    [JSON_TYPE, '{"query":"{ a }","variables":[]}', 400, /"variables" must be an object/],
    [JSON_TYPE, '{"query":"{ a }","operationName":1}', 400, /"operationName" must be a string/],
    [JSON_TYPE, '{"query":"{ a(x: \\"\\u0000\\") }"}', 400, /NUL/],
    [JSON_TYPE, '{"query":"{ a }","variables":{"__proto__":{}}}', 400, /not allowed/],
  ])('refuses %s %s', (type, body, status, message) => {
    const refusal = graphqlParams(type, body)
    expect(refusal).toMatchObject({ status })
    expect((refusal as { message: string }).message).toMatch(message)
  })
})
