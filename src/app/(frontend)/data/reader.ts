import type { Where } from 'payload'

import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { User } from '@/payload-types'

import { isStaffUser } from '@/access/roles'
import { siteTags } from '@/site/cacheTags'

/**
 * Who the site reads as. Readers: no user, access control on, published versions only; their
 * reads are cached under tags that the workflow expires (src/site/cacheTags.ts). Preview: a
 * logged-in staff member in draft mode reads the newest drafts with their own access, uncached.
 */
export type Reader = { kind: 'public'; user: null; draft: false } | { kind: 'preview'; user: User; draft: true }

const PUBLIC_READER: Reader = { kind: 'public', user: null, draft: false }

export const sitePayload = () => getPayload({ config })

/**
 * Draft mode alone never shows a draft: the Payload login is checked on every preview request, so
 * a draft-mode cookie left behind after logging out, or copied, shows published content only.
 */
export const currentReader = cache(async (): Promise<Reader> => {
  if (!(await draftMode()).isEnabled) return PUBLIC_READER
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaffUser(user) ? { kind: 'preview', user: user as User, draft: true } : PUBLIC_READER
})

/** A query as the reader: readers get the published filter on top of access control. */
export const asReader = (reader: Reader, where: Where = {}) => ({
  overrideAccess: false,
  user: reader.user,
  draft: reader.draft,
  where: reader.draft ? where : { and: [where, { _status: { equals: 'published' } }] },
})

/**
 * Runs a read for the current reader: cached under `tags` for the public, fresh for a preview.
 * `key` must name everything the read depends on (collection, slug, ids).
 */
export async function readForSite<T>(key: string[], tags: string[], load: (reader: Reader) => Promise<T>): Promise<T> {
  const reader = await currentReader()
  if (reader.kind === 'preview') return load(reader)
  return unstable_cache(() => load(PUBLIC_READER), key, { tags: [siteTags.everything, ...tags] })()
}
