import type { CollectionAfterErrorHook } from 'payload'

const NOT_VISIBLE = '找不到这张图片，或您无权查看。 / No such image, or you may not see it.'

/**
 * A reader asking for the file of an image they may not see gets Payload's 403, and so does a
 * reader asking for a file that does not exist: both are a 404 here, as the image itself by id
 * is, so the answer says nothing about which unpublished images exist.
 */
export const hiddenFileIsNotFound: CollectionAfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status
  if (status !== 403 || req.method !== 'GET' || !req.routeParams?.filename) return
  return { status: 404, response: { errors: [{ name: 'NotFound', message: NOT_VISIBLE }] } }
}
