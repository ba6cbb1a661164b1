import type { RequestContext } from 'payload'

import type { Allowed } from '../decide'

/**
 * How the workflow tells the write guard that a save is a decided transition. Request context is
 * set only by server code (never from a request body), so no API caller can forge it.
 */
const KEY = 'workflowTransition'

export const withTransition = (transition: Allowed): RequestContext => ({ [KEY]: transition })

export const transitionOf = (context: RequestContext): Allowed | undefined =>
  (context[KEY] as Allowed | undefined) ?? undefined
