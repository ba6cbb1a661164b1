import { describe, expect, it } from 'vitest'

import {
  MAX_JSON_BODY_BYTES,
  MAX_MULTIPART_BODY_BYTES,
  bodyLimitFor,
  withBodyLimit,
} from '../../../src/api/requestBodyLimit'

/** A handler that answers with the size of the body it was given. */
const echoSize = withBodyLimit(async (request: Request, tag: string) =>
  Response.json({ size: (await request.arrayBuffer()).byteLength, tag }),
)

const streamOf = (bytes: number, chunk = 256 * 1024) => {
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close()
      const size = Math.min(chunk, bytes - sent)
      sent += size
      controller.enqueue(new Uint8Array(size))
    },
  })
}
const post = (body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('http://localhost/api/articles', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

describe('bodyLimitFor', () => {
  it.each([
    ['application/json', MAX_JSON_BODY_BYTES],
    ['multipart/form-data; boundary=x', MAX_MULTIPART_BODY_BYTES],
    ['Multipart/Form-Data', MAX_MULTIPART_BODY_BYTES],
    [null, MAX_JSON_BODY_BYTES],
  ])('%s → %i bytes', (type, limit) => {
    expect(bodyLimitFor(type)).toBe(limit)
  })
})

describe('withBodyLimit', () => {
  it('passes a body within the limit through whole, with the other arguments', async () => {
    const response = await echoSize(post('{"title":"x"}'), 'tag')
    expect(await response.json()).toEqual({ size: 13, tag: 'tag' })
  })

  it('passes a request without a body through', async () => {
    const response = await echoSize(new Request('http://localhost/api/articles'), 'get')
    expect(await response.json()).toEqual({ size: 0, tag: 'get' })
  })

  it('refuses a declared length over the limit without reading the body', async () => {
    const request = post('{}', {
      'content-type': 'application/json',
      'content-length': String(MAX_JSON_BODY_BYTES + 1),
    })
    const response = await echoSize(request, 'x')
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toMatch(/too large \(at most 4 MB\)/)
  })

  it('refuses a streamed body once it passes the limit', async () => {
    const response = await echoSize(post(streamOf(MAX_JSON_BODY_BYTES + 1)), 'x')
    expect(response.status).toBe(413)
  })

  it('lets a 20 MB upload through, which would be too large as JSON', async () => {
    const bytes = 20 * 1024 * 1024
    const response = await echoSize(post(streamOf(bytes), { 'content-type': 'multipart/form-data; boundary=x' }), 'x')
    expect(await response.json()).toEqual({ size: bytes, tag: 'x' })
  })
})
