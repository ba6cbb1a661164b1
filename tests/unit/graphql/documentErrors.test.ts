// The same copy of graphql that documentErrors uses (see the comment there).
import { buildSchema } from 'graphql/index.js'
import { describe, expect, it } from 'vitest'

import { documentErrors, withoutSuggestions } from '../../../src/graphql/documentErrors'
import { maxQueryDepth } from '../../../src/graphql/maxQueryDepth'

const schema = buildSchema(`
  enum Status { draft published }
  type User { name: String, hash: String }
  type Article { title: String, status: Status, author: User }
  type Query { Articles(limit: Int, status: Status): [Article], Users: [User] }
  type Mutation { touch(id: Int!): Article }
`)
const errorsOf = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  documentErrors(schema, { query, variables, operationName }, () => [maxQueryDepth(3)])

describe('documentErrors', () => {
  it.each([
    '{ Articles { title } }',
    'query Q($n: Int) { Articles(limit: $n) { title author { name } } }',
    'query { ...A } fragment A on Query { Articles { title } }',
    'mutation { touch(id: 1) { title } }',
  ])('finds nothing wrong with %s', (query) => {
    expect(errorsOf(query, { n: 3 })).toEqual([])
  })

  it.each([
    ['a syntax error', '{ Articles { title }', /Syntax Error/],
    [
      'a fragment cycle',
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      /Cannot spread fragment "A" within itself/,
    ],
    ['a fragment spreading itself', 'query { ...A } fragment A on Query { ...A }', /within itself/],
    ['a fragment on an unknown type', 'query { ...A } fragment A on Nope { x }', /Unknown type "Nope"/],
    ['an unknown field', '{ Users { hsh } }', /Cannot query field "hsh" on type "User"\.$/],
    ['a bad directive argument', '{ Articles { title @include(if: "x") } }', /Boolean cannot represent/],
    ['a directive without its argument', '{ Articles { title @skip } }', /argument "if"/],
    ['a subscription', 'subscription { Articles { title } }', /Subscriptions are not supported/],
    ['two anonymous operations', '{ Users { name } } { Users { name } }', /anonymous operation/],
    [
      'a bad enum literal',
      '{ Articles(status: publishd) { title } }',
      /Value "publishd" does not exist in "Status" enum\.$/,
    ],
  ])('refuses %s', (_name, query, message) => {
    const errors = errorsOf(query)
    expect(errors.join('\n')).toMatch(message)
    expect(errors.join('\n')).not.toMatch(/Did you mean/)
  })

  it('refuses a document deeper than the project allows', () => {
    const deep = documentErrors(schema, { query: '{ Articles { author { name } } }' }, () => [maxQueryDepth(2)])
    expect(deep.join()).toMatch(/nested more than 2 levels/)
  })

  it('refuses variables of the wrong type, without suggestions', () => {
    expect(errorsOf('query Q($n: Int) { Articles(limit: $n) { title } }', { n: 'x' }).join()).toMatch(
      /Int cannot represent/,
    )
    const enumError = errorsOf('query Q($s: Status) { Articles(status: $s) { title } }', { s: 'publishd' }).join()
    expect(enumError).toMatch(/does not exist in "Status" enum/)
    expect(enumError).not.toMatch(/Did you mean/)
  })

  it('needs the operation named when there are several, and one that exists', () => {
    const two = 'query A { Users { name } } query B { Users { name } }'
    expect(errorsOf(two).join()).toMatch(/operationName/)
    expect(errorsOf(two, undefined, 'C').join()).toMatch(/No operation is named "C"/)
    expect(errorsOf(two, undefined, 'B')).toEqual([])
  })
})

describe('withoutSuggestions', () => {
  it.each([
    ['Cannot query field "hsh" on type "User". Did you mean "hash"?', 'Cannot query field "hsh" on type "User".'],
    [
      'Cannot query field "Articels" on type "Query". Did you mean "Articles", "Article", or "Access"?',
      'Cannot query field "Articels" on type "Query".',
    ],
    ['Syntax Error: Expected Name.', 'Syntax Error: Expected Name.'],
  ])('%s', (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected)
  })
})
