import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { maxQueryDepth } from '../../../src/graphql/maxQueryDepth'

// A schema with a cycle, where depth is unbounded.
const schema = buildSchema(`
  type Person { name: String, friends: [Person] }
  type Query { me: Person }
`)
const chain = (levels: number) => `${'friends { '.repeat(levels)}name${' }'.repeat(levels)}`
const errors = (query: string, max = 4) => validate(schema, parse(query), [maxQueryDepth(max)]).map((e) => e.message)

describe('maxQueryDepth', () => {
  it.each([
    ['a query at the limit', `{ me { ${chain(2)} } }`, 0],
    ['a query one level deeper', `{ me { ${chain(3)} } }`, 1],
    ['depth through a fragment', `fragment F on Person { ${chain(3)} } { me { ...F } }`, 1],
    ['depth through an inline fragment', `{ me { ... on Person { ${chain(3)} } } }`, 1],
    ['wide but shallow', `{ me { name a: friends { name } b: friends { name } } }`, 0],
    ['introspection, which Payload limits itself', '{ __schema { types { fields { type { fields { name } } } } } }', 0],
  ])('%s', (_name, query, count) => {
    const found = errors(query)
    expect(found).toHaveLength(count)
    if (count) expect(found[0]).toMatch(/nested more than 4 levels/)
  })

  it('follows each operation separately', () => {
    expect(errors(`query A { me { name } } query B { me { ${chain(5)} } }`)).toHaveLength(1)
  })

  it('does not loop on a fragment cycle (GraphQL itself reports the cycle)', () => {
    const query = 'fragment A on Person { friends { ...B } } fragment B on Person { friends { ...A } } { me { ...A } }'
    expect(() => errors(query, 100)).not.toThrow()
  })
})
