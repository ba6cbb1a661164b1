import type { SanitizedConfig } from 'payload'

import { withApiGuards } from './guardApiRequest'
import { withBodyLimit } from './requestBodyLimit'

/**
 * A Payload REST handler as the API serves it: bodies capped first (413), then the request guard
 * (path, query string, body), then Payload. The Next route and the tests' REST client both use
 * this, so the tests drive exactly what production serves.
 */
export const restRoute = <Rest extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
) => withBodyLimit(withApiGuards(config, handler))
