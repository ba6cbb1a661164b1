import { publicError } from '@/errors/publicError'

import type { LockRuling } from '../lockOwnership'

/** A refused lock write as the person sees it: Chinese, then English, with its status. */
export const lockRefusalError = (ruling: Extract<LockRuling, { ok: false }>) =>
  publicError(`${ruling.zh} / ${ruling.en}`, ruling.status, 'LockOwnershipError')
