import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { staffOnly } from '@/access/staffOnly'

const AUTOSAVE_INTERVAL_MS = 3_000

/**
 * What articles, projects and honors share: they are edited as drafts with a version history, and
 * readers see published documents only. The editorial workflow is applied to all three from here.
 */
export const editorialVersions: CollectionConfig['versions'] = { drafts: true, maxPerDoc: 100 }

/**
 * Articles are long texts typed for an hour at a time: the admin saves the draft every few seconds
 * so a crashed browser loses at most that much. Payload keeps one autosave version and updates it
 * in place until a deliberate save, so the history shows saves, not keystrokes.
 */
export const articleVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: AUTOSAVE_INTERVAL_MS } },
  maxPerDoc: 100,
}

export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: staffOnly,
  create: staffOnly,
  update: staffOnly,
  // Taking something off the site is unpublishing; deleting destroys its history, so admins only.
  delete: isAdmin,
}
