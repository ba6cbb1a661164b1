/**
 * Payload reads a JSON body whole, whatever its size, and Next sets no limit on route handlers:
 * one request could fill the server's memory. Bodies above these sizes are refused with a 413
 * before anything parses them. Uploads are limited by Payload itself (20 MB per file).
 */
export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024
/** The 20 MB image plus the form's other fields. */
export const MAX_MULTIPART_BODY_BYTES = 21 * 1024 * 1024

export const bodyLimitFor = (contentType: string | null): number =>
  contentType?.toLowerCase().startsWith('multipart/') ? MAX_MULTIPART_BODY_BYTES : MAX_JSON_BODY_BYTES

const tooLarge = (limit: number) =>
  Response.json(
    {
      errors: [
        {
          message: `请求内容过大（上限 ${Math.round(limit / 1024 / 1024)} MB）。 / The request body is too large (at most ${Math.round(limit / 1024 / 1024)} MB).`,
        },
      ],
    },
    { status: 413 },
  )

/** The body, read up to the limit; null when it is larger. */
async function readCapped(body: ReadableStream<Uint8Array>, limit: number): Promise<Buffer | null> {
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** Wraps a route handler so that over-large bodies never reach it. */
export function withBodyLimit<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    if (!request.body) return handler(request, ...rest)
    const limit = bodyLimitFor(request.headers.get('content-type'))
    const declared = Number(request.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > limit) return tooLarge(limit)
    const body = await readCapped(request.body, limit)
    if (!body) return tooLarge(limit)
    return handler(
      new Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(body) }),
      ...rest,
    )
  }
}
