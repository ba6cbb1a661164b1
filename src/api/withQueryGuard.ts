import type { SanitizedConfig } from 'payload'

import { guardQueryArgs } from './guardQueryArgs'

/**
 * Puts guardQueryArgs first in every collection's beforeOperation hooks, Payload's own ones
 * (jobs, locks, preferences, key-value store) included: they exist only after sanitizing, so this
 * runs on the sanitized config (payload.config.ts), and every collection is held to one rule.
 */
export function withQueryGuard(config: SanitizedConfig): SanitizedConfig {
  return {
    ...config,
    collections: config.collections.map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [guardQueryArgs, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  }
}
