import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from '@/errors/databaseUnavailable'

const withCode = (code: string) => Object.assign(new Error('x'), { code })

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED')],
    ['connection reset', withCode('ECONNRESET')],
    ['admin shutdown (57P01)', withCode('57P01')],
    ['cannot connect now (57P03)', withCode('57P03')],
    ['connection failure (08006)', withCode('08006')],
    ['terminated connection', new Error('Connection terminated unexpectedly')],
    ['starting up', new Error('the database system is starting up')],
    ['not yet accepting', new Error('cannot begin transaction: the database system is not yet accepting connections')],
    ['wrapped in a query error', new Error('Failed query: select 1', { cause: withCode('ECONNREFUSED') })],
    ['re-thrown as text only', new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432')],
    ['a client the pool lost', new Error('Client has encountered a connection error and is not queryable')],
    ['a reset read', new Error('read ECONNRESET')],
    ['wrapped twice', new Error('cannot begin transaction', { cause: new Error('x', { cause: withCode('57P01') }) })],
  ])('yes: %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['a message that only mentions the word', new Error('ECONNREFUSED is explained in the manual')],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', null],
  ])('no: %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it('a cause cycle ends', () => {
    const a: Error & { cause?: unknown } = new Error('a')
    a.cause = a
    expect(isDatabaseUnavailable(a)).toBe(false)
  })
})
