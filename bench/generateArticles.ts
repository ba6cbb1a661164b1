/**
 * Bulk test data for the benchmark: published articles written straight into the tables Payload
 * reads (the live row and its version), with SQL, because creating 100,000 articles through the
 * API would take hours. Each copies the seeded article's body and cover, so pages and list
 * answers have the real size.
 */
import type pg from 'pg'

export async function countArticles(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM articles')
  return Number(rows[0]!.n)
}

/** Adds published articles until there are `total`; returns how long it took in seconds. */
export async function growArticlesTo(client: pg.Client, total: number): Promise<number> {
  const started = performance.now()
  const existing = await countArticles(client)
  if (existing >= total) return 0
  const { rows: templates } = await client.query<{ id: number }>(
    `SELECT id FROM articles WHERE _status = 'published' ORDER BY id LIMIT 1`,
  )
  const template = templates[0]?.id
  if (!template) throw new Error('the benchmark needs the seeded article as a template')
  await client.query('BEGIN')
  try {
    // One statement per table; the series numbers the new articles after the existing ones.
    await client.query(
      `INSERT INTO articles (kicker, title, subtitle, lead, body, cover_image_id, source, published_at, slug,
                             updated_at, created_at, _status, workflow_status)
       SELECT t.kicker, '援藏报道第' || n || '篇', t.subtitle, t.lead, t.body, t.cover_image_id, t.source,
              now() - make_interval(mins => n), 'bench-article-' || n, now(), now(), 'published', 'published'
         FROM articles t, generate_series($2::int, $3::int) AS n
        WHERE t.id = $1`,
      [template, existing + 1, total],
    )
    await client.query(
      `INSERT INTO _articles_v (parent_id, version_kicker, version_title, version_subtitle, version_lead, version_body,
                                version_cover_image_id, version_source, version_published_at, version_slug,
                                version_updated_at, version_created_at, version__status, version_workflow_status,
                                created_at, updated_at, latest)
       SELECT a.id, a.kicker, a.title, a.subtitle, a.lead, a.body, a.cover_image_id, a.source, a.published_at, a.slug,
              a.updated_at, a.created_at, 'published', 'published', now(), now(), true
         FROM articles a
        WHERE a.slug LIKE 'bench-article-%'
          AND NOT EXISTS (SELECT 1 FROM _articles_v v WHERE v.parent_id = a.id)`,
    )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
  await client.query('ANALYZE articles')
  await client.query('ANALYZE _articles_v')
  return (performance.now() - started) / 1000
}
