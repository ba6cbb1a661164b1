import { describe, expect, it } from 'vitest'

import { badInputMessage } from '../../../src/api/badInputError'

const fromPostgres = (code: string) => Object.assign(new Error('Failed query: select …'), { cause: { code } })

describe('badInputMessage', () => {
  it.each([
    ['22P02', /wrong format/],
    ['22003', /out of range/],
    ['22021', /NUL/],
    ['2201X', /page/],
    ['23503', /does not exist/],
  ])('gives a 400 message for PostgreSQL error %s', (code, message) => {
    expect(badInputMessage(fromPostgres(code))).toMatch(message)
  })

  it('reads the code on the error itself too', () => {
    expect(badInputMessage(Object.assign(new Error('x'), { code: '22P02' }))).toMatch(/wrong format/)
  })

  it('gives a message for a JSON syntax error', () => {
    let error: unknown
    try {
      JSON.parse('{bad')
    } catch (e) {
      error = e
    }
    expect(badInputMessage(error)).toMatch(/JSON/)
  })

  it.each([
    ['a connection failure', fromPostgres('08006')],
    ['a unique violation (Payload answers it itself)', fromPostgres('23505')],
    ['a programming error', new TypeError('x is not a function')],
    ['a syntax error that is not about JSON', new SyntaxError('Unexpected token')],
    ['nothing', undefined],
  ])('leaves %s alone', (_name, error) => {
    expect(badInputMessage(error)).toBeNull()
  })
})
