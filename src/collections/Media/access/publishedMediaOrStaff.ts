import type { Access } from 'payload'

import { isStaffUser } from '@/access/roles'

import { readableByReaders } from '../usage'

/**
 * Staff see every image; readers only those a live document uses or an editor marked public.
 * Payload asks this also before serving the file (`/api/media/file/…`, each size included), with
 * the filename: the same images, whichever door.
 */
export const publishedMediaOrStaff: Access = ({ req }) => (isStaffUser(req.user) ? true : readableByReaders())
