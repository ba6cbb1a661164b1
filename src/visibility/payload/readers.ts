import type { PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { EDITORIAL_COLLECTIONS } from '@/workflow/editorialCollections'

/**
 * The collections that hold documents readers may not see (drafts, taken-down and trashed
 * documents): relations to them are filtered for readers. Media is not among them: a document a
 * reader can read is live, and the images a live document uses are public by the media's own
 * read access (collections/Media/usage.ts).
 */
export const HIDDEN_WHEN_UNPUBLISHED: ReadonlySet<string> = new Set(EDITORIAL_COLLECTIONS)

/**
 * Whether a read is made for a reader: with access control (REST and GraphQL always, the site's
 * Local API reads by asking for it) and without a newsroom login. The server's own reads
 * (`overrideAccess`, the Local API's default) see the stored data, which they may write back.
 */
export const readsForReader = (req: PayloadRequest, overrideAccess: boolean | undefined): boolean =>
  overrideAccess !== true && !isStaffUser(req.user)
