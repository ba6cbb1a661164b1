import { describe, expect, it } from 'vitest'

import { withGraphqlStatus } from '../../../src/graphql/graphqlStatus'

const answering = (body: unknown, status = 200) =>
  withGraphqlStatus(async () => new Response(JSON.stringify(body), { status, headers: { 'x-kept': 'yes' } }))
const request = new Request('http://localhost/api/graphql', { method: 'POST' })

describe('withGraphqlStatus', () => {
  it.each([
    ['a result', { data: { Articles: { docs: [] } } }, 200],
    ['a partial result with a field error', { data: { Article: null }, errors: [{ message: 'Forbidden' }] }, 200],
    ['a query refused before running (no data)', { errors: [{ message: 'Syntax Error' }] }, 400],
  ])('answers %s with %i and the same body', async (_name, body, status) => {
    const response = await answering(body)(request)
    expect(response.status).toBe(status)
    expect(response.headers.get('x-kept')).toBe('yes')
    expect(await response.json()).toEqual(body)
  })

  it('leaves other statuses alone', async () => {
    expect((await answering({ errors: [{ message: 'x' }] }, 413)(request)).status).toBe(413)
  })

  it('answers a client error thrown before the query ran (malformed JSON) with its status', async () => {
    const thrown = withGraphqlStatus(async () => {
      throw Object.assign(new Error('Invalid JSON'), { status: 400 })
    })
    const response = await thrown(request)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'Invalid JSON' }] })
  })

  it('lets a server error propagate', async () => {
    const thrown = withGraphqlStatus(async () => {
      throw new Error('database down')
    })
    await expect(thrown(request)).rejects.toThrow('database down')
  })
})
