import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

export const SAVED_AND_LIVE =
  '专栏设置已保存，并已在网站上生效。 / Column settings saved: they are live on the site now.'

/**
 * Payload's own save of the column global: the endpoint it adds after ours (the config's
 * endpoints are tried in order, ours first), with the data parsing it wraps its endpoints in.
 */
function payloadsOwnSave(req: PayloadRequest, slug: string): PayloadHandler {
  const global = req.payload.config.globals.find((each) => each.slug === slug)
  const builtIn = (global?.endpoints || []).find(
    (endpoint) => endpoint.method === 'post' && endpoint.path === '/' && endpoint.handler !== answerSavedAndLive,
  )
  if (!builtIn) throw new Error(`Payload's save endpoint of the ${slug} global is missing`)
  return builtIn.handler
}

/**
 * The admin shows a save's `message` as its toast; Payload's is "更新成功" (updated), which does
 * not say that the change is public now. The save itself is Payload's, untouched; only a
 * successful answer's message is replaced by one that says what happened.
 */
async function answerSavedAndLive(req: PayloadRequest): Promise<Response> {
  const response = await payloadsOwnSave(req, req.routeParams?.global as string)(req)
  if (!response.ok) return response
  const body = (await response.json()) as Record<string, unknown>
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json({ ...body, message: SAVED_AND_LIVE }, { status: response.status, headers })
}

export const savedAndLiveEndpoint: Endpoint = { path: '/', method: 'post', handler: answerSavedAndLive }
