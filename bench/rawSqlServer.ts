/**
 * The physical limit for the article list on this stack: Node's `http` and `pg`, one query for
 * the same 20 published articles Payload returns for `GET /api/articles?limit=20&depth=1&
 * sort=-publishedAt` (with their cover images populated, and the total count), as JSON. No
 * framework, no access control, no hooks: what is left is PostgreSQL, the driver and JSON.
 *
 * Env: DATABASE_URL, PORT. Run by bench/run.ts.
 */
import http from 'node:http'
import pg from 'pg'

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })

const LIST = `
  SELECT a.*, to_jsonb(m.*) AS cover
    FROM articles a LEFT JOIN media m ON m.id = a.cover_image_id
   WHERE a._status = 'published'
   ORDER BY a.published_at DESC
   LIMIT 20`
const COUNT = `SELECT count(*)::int AS n FROM articles WHERE _status = 'published'`

const server = http.createServer(async (request, response) => {
  if (!request.url?.startsWith('/articles')) {
    response.writeHead(404).end()
    return
  }
  try {
    const [list, count] = await Promise.all([pool.query(LIST), pool.query<{ n: number }>(COUNT)])
    const totalDocs = count.rows[0]!.n
    const body = JSON.stringify({
      docs: list.rows,
      totalDocs,
      limit: 20,
      page: 1,
      totalPages: Math.ceil(totalDocs / 20),
    })
    response.writeHead(200, { 'content-type': 'application/json' }).end(body)
  } catch (error) {
    response.writeHead(500).end(String(error))
  }
})

server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'))
process.on('SIGTERM', () => {
  server.close()
  void pool.end().then(() => process.exit(0))
})
