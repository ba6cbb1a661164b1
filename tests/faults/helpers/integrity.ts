import type { FaultEnvironment } from './faultEnvironment'
import type { WriteRecord } from './load'

/**
 * What must hold after any fault, read straight from the database: every acknowledged write is
 * there; no document without its version or version without its document; no workflow state
 * without the review-log entry that led to it. Returns the problems found (empty: all well).
 */
export async function findIntegrityProblems(
  env: FaultEnvironment,
  ledger: Map<number, WriteRecord>,
): Promise<string[]> {
  const problems: string[] = []
  const ids = [...ledger.keys()]
  const latest = await env.query<{
    parent_id: number
    version_title: string
    version_lead: string | null
    version_workflow_status: string
  }>(
    `SELECT DISTINCT ON (parent_id) parent_id, version_title, version_lead, version_workflow_status
       FROM _articles_v WHERE parent_id = ANY($1) ORDER BY parent_id, id DESC`,
    [ids],
  )
  const byId = new Map(latest.map((row) => [row.parent_id, row]))
  for (const [id, record] of ledger) {
    const row = byId.get(id)
    if (!row) {
      problems.push(`article ${id} ("${record.title}") was acknowledged but is gone`)
      continue
    }
    if (row.version_title !== record.title)
      problems.push(`article ${id}: title "${row.version_title}", expected "${record.title}"`)
    const leads = [record.ackedLead ?? null, ...record.unconfirmedLeads]
    if (record.ackedLead && !leads.includes(row.version_lead)) {
      const history = await env.query<{
        id: number
        lead: string | null
        state: string
        updated: string
        latest: boolean
      }>(
        `SELECT id, version_lead AS lead, version_workflow_status AS state, updated_at::text AS updated, latest
           FROM _articles_v WHERE parent_id = $1 ORDER BY id`,
        [id],
      )
      const versions = history.map(
        (v) => `#${v.id} ${v.lead ?? '-'} ${v.state} ${v.updated}${v.latest ? ' latest' : ''}`,
      )
      problems.push(
        `article ${id}: lead "${row.version_lead}", acknowledged "${record.ackedLead}"; versions: ${versions.join(' | ')}`,
      )
    }
    const states = [record.ackedState, ...record.unconfirmedStates]
    if (!states.includes(row.version_workflow_status)) {
      const history = await env.query<{
        id: number
        lead: string | null
        state: string
        updated: string
        latest: boolean
        st: string
      }>(
        `SELECT id, version_lead AS lead, version_workflow_status AS state, version__status AS st, updated_at::text AS updated, latest
           FROM _articles_v WHERE parent_id = $1 ORDER BY id`,
        [id],
      )
      const main = await env.query<{ ws: string; st: string }>(
        `SELECT workflow_status AS ws, _status AS st FROM articles WHERE id = $1`,
        [id],
      )
      const reviews = await env.query<{ id: number; to: string; created: string }>(
        `SELECT id, "to"::text AS to, created_at::text AS created FROM reviews WHERE document_id = $1 ORDER BY id`,
        [id],
      )
      problems.push(
        `article ${id}: state ${row.version_workflow_status}, acknowledged ${record.ackedState}; versions: ${history
          .map((v) => `#${v.id} ${v.state}/${v.st} ${v.updated}${v.latest ? ' latest' : ''}`)
          .join(
            ' | ',
          )}; main row: ${JSON.stringify(main[0])}; log: ${reviews.map((r) => `#${r.id} ${r.to} ${r.created}`).join(' | ')}`,
      )
    }
  }

  const orphans = await env.query<{ kind: string; n: string }>(`
    SELECT 'document without a version' AS kind, count(*)::text AS n FROM articles a
      WHERE NOT EXISTS (SELECT 1 FROM _articles_v v WHERE v.parent_id = a.id)
    UNION ALL
    SELECT 'version without a document', count(*)::text FROM _articles_v v
      WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = v.parent_id)`)
  for (const { kind, n } of orphans) if (n !== '0') problems.push(`${n} × ${kind}`)

  const unlogged = await env.query<{ id: number; state: string }>(`
    SELECT v.parent_id AS id, v.version_workflow_status AS state
      FROM (SELECT DISTINCT ON (parent_id) parent_id, version_workflow_status
              FROM _articles_v ORDER BY parent_id, id DESC) v
     WHERE v.version_workflow_status <> 'draft'
       AND NOT EXISTS (SELECT 1 FROM reviews r
                        WHERE r.document_collection = 'articles' AND r.document_id = v.parent_id
                          AND r."to"::text = v.version_workflow_status::text)`)
  for (const { id, state } of unlogged) problems.push(`article ${id} is ${state} without a review-log entry`)
  return problems
}
