import type { FreshDatabase } from '../../int/helpers/freshDatabase'

/** Every table a request could change; users only by the columns a read or a refused write must not touch. */
const TABLES = [
  'articles',
  '_articles_v',
  'articles_rels',
  'projects',
  '_projects_v',
  'honors',
  '_honors_v',
  'media',
  'reviews',
  'notifications',
  // The review stages: only administrators change them, nobody deletes them.
  'workflows',
  'workflows_stages',
  'workflows_stages_roles',
  '_workflows_v',
  '_workflows_v_version_stages',
  '_workflows_v_version_stages_roles',
]

/**
 * A digest of everything stored (read with the database's own rights, i.e. access overridden):
 * equal before and after a request means the request changed nothing.
 */
export async function fingerprint(db: FreshDatabase): Promise<Record<string, string>> {
  const parts = TABLES.map(
    (table) =>
      `SELECT '${table}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
  )
  // A login rewrites an account's role rows (new ids, same roles): compare the roles themselves.
  parts.push(
    `SELECT 'users_roles' AS name, md5(coalesce(string_agg(concat_ws(',', parent_id, value), '|' ORDER BY parent_id, value), '')) FROM users_roles`,
    `SELECT 'users' AS name, md5(coalesce(string_agg(concat_ws(',', id, email, name, real_name, hash, salt, reset_password_token), '|' ORDER BY id), '')) FROM users`,
  )
  const rows = await db.query<{ name: string; digest: string }>(parts.join(' UNION ALL '))
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]))
}

/** No stack trace and no SQL in an answer, whatever went wrong. */
export function expectCleanBody(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  if (/\bat [\w.<>]+ \(|node_modules|\.ts:\d+|Failed query|select "|insert into/i.test(text)) {
    throw new Error(`the answer leaks internals: ${text.slice(0, 300)}`)
  }
  return text
}
