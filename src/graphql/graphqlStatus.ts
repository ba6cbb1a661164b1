/**
 * Payload's GraphQL route answers 200 to a query that was refused before it ran (a syntax error,
 * an unknown field, too complex or too deep), and lets a malformed JSON body escape as an
 * exception (a 500 from Next). Following the GraphQL-over-HTTP spec, a response without `data` is
 * a request error: this answers it with a 400, and a client error thrown early with its status.
 */
export function withGraphqlStatus<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    let response: Response
    try {
      response = await handler(request, ...rest)
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (typeof status === 'number' && status >= 400 && status < 500) {
        return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
      }
      throw error
    }
    if (response.status !== 200) return response
    const text = await response.text()
    let refusedBeforeRunning = false
    try {
      const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] }
      refusedBeforeRunning = Array.isArray(body.errors) && body.errors.length > 0 && !('data' in body)
    } catch {
      // not JSON: pass it on unchanged
    }
    return new Response(text, { status: refusedBeforeRunning ? 400 : 200, headers: response.headers })
  }
}
