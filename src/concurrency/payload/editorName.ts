import type { PayloadRequest } from 'payload'

/** Who saved a version (its `lastEditedBy`), by name, for a conflict message; undefined when unknown. */
export async function editorName(
  req: PayloadRequest,
  doc: Record<string, unknown> | null,
): Promise<string | undefined> {
  const editor = doc?.lastEditedBy
  if (editor === null || editor === undefined) return undefined
  if (typeof editor === 'object') {
    const user = editor as { name?: string; email?: string }
    return user.name || user.email
  }
  const user = await req.payload
    .findByID({ collection: 'users', id: editor as number, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  return user ? user.name || user.email : undefined
}
