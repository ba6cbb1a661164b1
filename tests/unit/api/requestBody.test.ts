import { describe, expect, it } from 'vitest'

import { bodyKind, jsonBodyProblem, MAX_JSON_DEPTH } from '../../../src/api/requestBody'

describe('bodyKind', () => {
  it.each([
    ['application/json', false, 'json'],
    ['application/json; charset=utf-8', false, 'json'],
    ['multipart/form-data; boundary=----x', false, 'multipart'],
    ['application/x-www-form-urlencoded', true, 'form'],
  ] as const)('reads %s as %s', (type, overridden, kind) => {
    expect(bodyKind(type, overridden)).toBe(kind)
  })

  it.each([
    ['text/plain', false, 415],
    [null, false, 415],
    ['application/JSON', false, 415],
    ['application/x-www-form-urlencoded', false, 415],
    ['application/xml', false, 415],
    ['multipart/form-data', false, 400],
  ] as const)('refuses %s with %i', (type, overridden, status) => {
    const kind = bodyKind(type, overridden)
    expect(typeof kind === 'object' && kind.status).toBe(status)
  })
})

describe('jsonBodyProblem', () => {
  it.each(['', '{}', '{"title":"x","bylines":[{"name":"a"}]}', '{"a":{"b":[1,2,{"c":null}]}}'])(
    'accepts %s',
    (text) => {
      expect(jsonBodyProblem(text)).toBeNull()
    },
  )

  it.each([
    ['{', /not valid JSON/],
    [' ', /not valid JSON/],
    ['null', /must be a JSON object/],
    ['"abc"', /must be a JSON object/],
    ['42', /must be a JSON object/],
    ['true', /must be a JSON object/],
    ['[]', /must be a JSON object/],
    ['{"__proto__":{"admin":true}}', /"__proto__" is not allowed/],
    ['{"a":[{"constructor":{"prototype":{"x":1}}}]}', /"constructor" is not allowed/],
    ['{"title":"a\\u0000b"}', /NUL/],
    ['{"a\\u0000":1}', /NUL/],
    [`${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${'}'.repeat(MAX_JSON_DEPTH + 1)}`, /nested more than/],
  ])('refuses %s', (text, message) => {
    expect(jsonBodyProblem(text)).toMatch(message)
  })
})
