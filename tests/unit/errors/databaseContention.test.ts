import { describe, expect, it } from 'vitest'

import { contentionOf } from '../../../src/errors/databaseContention'

const wrapped = (inner: object) => Object.assign(new Error('Failed query: update ...'), { cause: inner })

describe('contentionOf', () => {
  it.each([
    ['a deadlock', { code: '40P01', message: 'deadlock detected' }, 'conflict'],
    ['a serialization failure', { code: '40001' }, 'conflict'],
    ['a lock timeout', { code: '55P03' }, 'busy'],
    ['a statement timeout', { code: '57014' }, 'busy'],
    ['an idle transaction ended', { code: '25P03' }, 'busy'],
    ['a deadlock wrapped by the ORM', wrapped({ code: '40P01' }), 'conflict'],
    ['a deadlock re-thrown as text', new Error('error: deadlock detected'), 'conflict'],
    ['a lock timeout re-thrown as text', new Error('canceling statement due to lock timeout'), 'busy'],
    ['a unique violation', { code: '23505' }, undefined],
    ['a plain bug', new TypeError('x is undefined'), undefined],
    ['nothing', undefined, undefined],
  ])('%s', (_, error, expected) => expect(contentionOf(error)).toBe(expected))
})
