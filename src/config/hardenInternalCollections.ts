import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { staffOnly } from '@/access/staffOnly'
import { guardLockWrites } from '@/locks/payload/guardLockWrites'
import { nameLockHolder } from '@/locks/payload/nameLockHolder'
import { releaseOwnLocksOnly } from '@/locks/payload/releaseOwnLocksOnly'
import { deleteOwnPreference } from '@/preferences/deleteOwnPreference'

/**
 * Payload adds its document locks and user preferences while it sanitizes the config, after every
 * plugin has run, with access "any logged-in user" for the locks: anyone could write, move or
 * delete a lock in a colleague's name (issue #10). This runs on the sanitized config
 * (payload.config.ts: `buildConfig(...).then(hardenInternalCollections)`), before Payload starts,
 * so REST, GraphQL and the Local API all see the hardened collections. The sanitized hook lists
 * are the ones Payload's operations run.
 */
const LOCKS = 'payload-locked-documents'
const PREFERENCES = 'payload-preferences'

const hardenLocks = (collection: SanitizedCollectionConfig): SanitizedCollectionConfig => ({
  ...collection,
  // Staff may see every lock (the admin shows who is editing); who may write which lock is the hooks' rule.
  access: { ...collection.access, read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: {
    ...collection.hooks,
    beforeChange: [guardLockWrites, ...(collection.hooks?.beforeChange ?? [])],
    beforeDelete: [releaseOwnLocksOnly, ...(collection.hooks?.beforeDelete ?? [])],
    afterRead: [...(collection.hooks?.afterRead ?? []), nameLockHolder],
  },
})

/** Payload's access already limits preferences to their owner; only its delete-by-key handler fails (500). */
const hardenPreferences = (collection: SanitizedCollectionConfig): SanitizedCollectionConfig => ({
  ...collection,
  endpoints:
    collection.endpoints &&
    collection.endpoints.map((endpoint) =>
      endpoint.method === 'delete' && endpoint.path === '/:key'
        ? { ...endpoint, handler: deleteOwnPreference }
        : endpoint,
    ),
})

const HARDENING: Record<string, (collection: SanitizedCollectionConfig) => SanitizedCollectionConfig> = {
  [LOCKS]: hardenLocks,
  [PREFERENCES]: hardenPreferences,
}

export function hardenInternalCollections(config: SanitizedConfig): SanitizedConfig {
  return {
    ...config,
    collections: config.collections.map((collection) => HARDENING[collection.slug]?.(collection) ?? collection),
  }
}
