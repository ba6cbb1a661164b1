import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { staffOnly } from '@/access/staffOnly'

/**
 * What articles, projects and honors share: they are edited as drafts with a version history, and
 * readers see published documents only. The editorial workflow is applied to all three from here.
 */
export const editorialVersions: CollectionConfig['versions'] = { drafts: true, maxPerDoc: 100 }

export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: staffOnly,
  create: staffOnly,
  update: staffOnly,
  // Taking something off the site is unpublishing; deleting destroys its history, so admins only.
  delete: isAdmin,
}
