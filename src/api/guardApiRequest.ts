import type { SanitizedConfig } from 'payload'

import { bilingualMessage } from '@/errors/bilingualMessage'

import { apiPathProblem, type ApiShape } from './apiPath'
import { apiRefusal } from './apiRefusal'
import { queryStringProblem } from './queryString'
import { bodyKind, jsonBodyProblem } from './requestBody'
import { uploadFormProblem, type FormPart } from './uploadForm'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

const shapes = new WeakMap<SanitizedConfig, ApiShape>()

/** What the API serves, read once from the sanitized config. */
function apiShapeOf(config: SanitizedConfig): ApiShape {
  let shape = shapes.get(config)
  if (!shape) {
    shape = {
      collections: new Map(
        config.collections.map((c) => [
          c.slug,
          {
            versions: Boolean(c.versions),
            served: c.endpoints !== false,
            verifiesEmail: c.auth ? Boolean(c.auth.verify) : undefined,
          },
        ]),
      ),
      globals: new Map(config.globals.map((g) => [g.slug, { versions: Boolean(g.versions) }])),
    }
    shapes.set(config, shape)
  }
  return shape
}

const BODY_METHODS = new Set(['POST', 'PATCH', 'PUT'])

const overriddenToGet = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('X-Payload-HTTP-Method-Override') === 'GET' ||
    request.headers.get('X-HTTP-Method-Override') === 'GET')

async function formParts(request: Request, body: Uint8Array<ArrayBuffer>): Promise<FormPart[] | null> {
  try {
    const form = await new Request(request.url, { method: 'POST', headers: request.headers, body }).formData()
    return [...form.entries()].map(([name, value]) =>
      typeof value === 'string' ? { name, text: value } : { name, filename: value.name },
    )
  } catch {
    return null
  }
}

/**
 * A write without a body (or an empty one, whatever its Content-Type) sends no data: Payload is
 * handed an empty JSON object, which it reads as such (a create then names its required fields),
 * instead of no data at all, which its operations do not expect (a 500).
 */
function withNoData(request: Request): Request {
  const headers = new Headers(request.headers)
  headers.set('Content-Type', 'application/json')
  headers.delete('Content-Length')
  return new Request(request.url, { method: request.method, headers, body: '{}' })
}

const MALFORMED_FORM = bilingualMessage(
  '上传表单格式错误，无法读取。',
  'The multipart form is malformed and cannot be read.',
)

/** Why the body of a request is refused, with its status, or null. */
async function bodyRefusal(
  request: Request,
  body: Uint8Array<ArrayBuffer>,
): Promise<{ status: number; message: string } | null> {
  const kind = bodyKind(request.headers.get('content-type'), overriddenToGet(request))
  if (typeof kind !== 'string') return kind
  if (kind === 'multipart') {
    const parts = await formParts(request, body)
    const problem = parts ? uploadFormProblem(parts) : MALFORMED_FORM
    return problem ? { status: 400, message: problem } : null
  }
  const text = new TextDecoder().decode(body)
  // An overridden POST carries its query string as the body.
  const problem = kind === 'json' ? jsonBodyProblem(text) : queryStringProblem(text)
  return problem ? { status: 400, message: problem } : null
}

/**
 * The REST API's request guard: the path, the query string and the body (JSON or upload form) are
 * checked before Payload reads them, each by its own pure rule, and a malformed request is answered
 * with a 4xx that says what was wrong. Used by the Next route and the tests' REST client alike.
 */
export function withApiGuards<Rest extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: Handler<Rest>,
): Handler<Rest> {
  return async (request, ...rest) => {
    const resolved = await config
    const url = new URL(request.url)
    const apiPath = url.pathname.startsWith(resolved.routes.api)
      ? url.pathname.slice(resolved.routes.api.length)
      : url.pathname
    const pathRefusal = apiPathProblem(apiPath, apiShapeOf(resolved))
    if (pathRefusal) return apiRefusal(pathRefusal.status, pathRefusal.message)
    const queryProblem = queryStringProblem(url.search)
    if (queryProblem) return apiRefusal(400, queryProblem)

    if (!BODY_METHODS.has(request.method)) return handler(request, ...rest)
    const body = new Uint8Array(request.body ? await request.arrayBuffer() : new ArrayBuffer(0))
    if (body.byteLength === 0) return handler(withNoData(request), ...rest)
    const refusal = await bodyRefusal(request, body)
    if (refusal) return apiRefusal(refusal.status, refusal.message)
    return handler(new Request(request.url, { method: request.method, headers: request.headers, body }), ...rest)
  }
}
