import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'

import { restRoute } from '../../../src/api/restRoute'
import { graphqlRoute } from '../../../src/graphql/graphqlRoute'

const ORIGIN = 'http://localhost:3000'

export interface RestResponse<T = any> {
  status: number
  headers: Headers
  body: T
}

type Json = Record<string, unknown> | unknown[]

/**
 * Payload's REST API exactly as the Next routes `src/app/(payload)/api/[...slug]/route.ts` and
 * `api/graphql/route.ts` serve it (the same restRoute and graphqlRoute compositions: body-size
 * limit, request guards, then `handleEndpoints` or Payload's GraphQL handler), called with real
 * Request objects.
 */
export class RestClient {
  constructor(
    private readonly config: Promise<SanitizedConfig> | SanitizedConfig,
    /** The test file's own Payload instance (see testPayload.ts). */
    private readonly payloadKey: string,
  ) {}

  async request<T = any>(
    method: string,
    path: string,
    options: { json?: Json; body?: BodyInit; token?: string; headers?: Record<string, string> } = {},
  ): Promise<RestResponse<T>> {
    const headers = new Headers(options.headers)
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    let body = options.body
    if (options.json !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(options.json)
    }
    // A streamed body (no Content-Length) needs `duplex` in Node's fetch.
    const streamed = body instanceof ReadableStream ? { duplex: 'half' } : {}
    const request = new Request(`${ORIGIN}/api${path}`, { method, headers, body, ...streamed } as RequestInit)
    // GraphQL has a route of its own (src/app/(payload)/api/graphql/route.ts); everything else is REST.
    const response =
      path === '/graphql' && method === 'POST'
        ? await graphqlRoute(this.config)(request)
        : await restRoute(this.config, (req: Request) =>
            handleEndpoints({ config: this.config, request: req, payloadInstanceCacheKey: this.payloadKey }),
          )(request)
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as T }
  }

  get = <T = any>(path: string, token?: string) => this.request<T>('GET', path, { token })
  post = <T = any>(path: string, json: Json, token?: string) => this.request<T>('POST', path, { json, token })
  patch = <T = any>(path: string, json: Json, token?: string) => this.request<T>('PATCH', path, { json, token })
  delete = <T = any>(path: string, token?: string) => this.request<T>('DELETE', path, { token })
  graphql = <T = any>(query: string, token?: string) => this.request<T>('POST', '/graphql', { json: { query }, token })

  /** Logs in through /api/users/login, as the admin UI does, and returns the JWT. */
  async login(email: string, password: string): Promise<string> {
    const response = await this.post<{ token?: string; errors?: unknown }>('/users/login', { email, password })
    if (response.status !== 200 || !response.body.token) {
      throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`)
    }
    return response.body.token
  }
}
