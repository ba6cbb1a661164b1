import { describe, expect, it } from 'vitest'

import { documentIdProblem, MAX_SERIAL_ID } from '../../../src/api/documentId'

describe('documentIdProblem', () => {
  it.each([1, '1', '42', 0, String(MAX_SERIAL_ID)])('accepts the numeric id %j', (id) => {
    expect(documentIdProblem(id, 'number')).toBeNull()
  })

  it.each([
    'abc',
    '1.5',
    '-1',
    '',
    ' 1',
    "1' OR '1'='1",
    '1e3',
    '99999999999999999999',
    String(MAX_SERIAL_ID + 1),
    1.5,
    -1,
    null,
    {},
    ['1'],
  ])('refuses the numeric id %j', (id) => {
    expect(documentIdProblem(id, 'number')).toMatch(/whole number/)
  })

  it('takes any non-empty text for text ids, but no NUL', () => {
    expect(documentIdProblem('abc', 'text')).toBeNull()
    expect(documentIdProblem('', 'text')).toMatch(/not valid/)
    expect(documentIdProblem('a\u0000', 'text')).toMatch(/not valid/)
  })

  it('quotes at most 40 characters of what it got', () => {
    expect(documentIdProblem('x'.repeat(10_000), 'number')!.length).toBeLessThan(200)
  })
})
