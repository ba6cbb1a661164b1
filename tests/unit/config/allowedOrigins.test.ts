import { describe, expect, it } from 'vitest'

import { allowedOrigins } from '../../../src/config/allowedOrigins'

describe('allowedOrigins', () => {
  it.each([
    [{}, ['http://localhost:3000', 'http://127.0.0.1:3000']],
    [{ PORT: '4123' }, ['http://localhost:4123', 'http://127.0.0.1:4123']],
    [{ SERVER_URL: 'https://column.example.com/' }, ['https://column.example.com']],
    [{ SERVER_URL: 'https://column.example.com:8443/cms', PORT: '3000' }, ['https://column.example.com:8443']],
  ])('%j → %j', (env, expected) => {
    expect(allowedOrigins(env)).toEqual(expected)
  })
})
