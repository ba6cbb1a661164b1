import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '@/access/publishedOrStaff'
import { staffOnly } from '@/access/staffOnly'
import { trashByStaffDeleteByAdmin } from '@/access/trashByStaffDeleteByAdmin'

const AUTOSAVE_INTERVAL_MS = 3_000

/**
 * What articles, projects and honors share: they are edited as drafts with a version history,
 * deleted into a recycle bin, and readers see published documents only. The editorial workflow
 * and the recycle bin are applied to all three by applyWorkflow.
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
  // Deleting moves a document to the trash (restorable, with its versions and review log); only
  // admins delete for good, and only from the trash.
  delete: trashByStaffDeleteByAdmin,
}
