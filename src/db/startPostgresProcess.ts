import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { urlFor } from './credentials'

export interface PostgresProcess {
  port: number
  urlFor(database: string): string
  /**
   * Resolves, with a message for the operator, if the database process ends without being asked
   * to: it could not start PostgreSQL again after a crash (or died itself). Never resolves after
   * `stop()`. Whoever runs the app on this database stops it then, rather than serve 503s.
   */
  lost: Promise<string>
  /** Stops PostgreSQL (a fast, clean shutdown) and waits for it. */
  stop(): Promise<void>
}

// Compiled by scripts/build-scripts.mjs, which scripts/run.mjs and the test setup run first.
const ENTRY = path.resolve(process.cwd(), '.build/src/db/postgresProcess.js')

/**
 * Starts the embedded PostgreSQL in a process of its own (see postgresProcess.ts), in its own
 * process group so that a Ctrl-C in the terminal reaches the app first and the database last.
 */
export function startPostgresProcess(
  dataDir: string,
  databases: string[] = [],
  options: { port?: number } = {},
): Promise<PostgresProcess> {
  const child = spawn(process.execPath, [ENTRY, path.resolve(dataDir), ...databases], {
    stdio: ['pipe', 'pipe', 'inherit'],
    detached: true,
    env: options.port ? { ...process.env, EMBEDDED_PG_PORT: String(options.port) } : process.env,
  })
  // The pipe breaks when the process is gone; stop() then has nothing to tell it.
  child.stdin!.on('error', () => {})
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  // 'close' comes after the last line of its output has been read.
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  )
  let stopRequested = false
  let failure: string | undefined
  const lines = createInterface({ input: child.stdout! })

  return new Promise((resolve, reject) => {
    void exited.then((code) =>
      reject(new Error(`PostgreSQL could not be started (exit code ${code}); see the lines above`)),
    )
    lines.once('line', (line) => {
      const { port } = JSON.parse(line) as { port: number }
      lines.on('line', (next) => {
        try {
          failure = (JSON.parse(next) as { failed?: string }).failed ?? failure
        } catch {
          // Not a report; the process writes nothing else here.
        }
      })
      const lost = closed.then(({ code, signal }) =>
        stopRequested
          ? new Promise<string>(() => {})
          : (failure ??
            `The embedded PostgreSQL's process ended unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}), so the app stops.`),
      )
      resolve({
        port,
        urlFor: (database) => urlFor(port, database),
        lost,
        async stop() {
          stopRequested = true
          if (child.exitCode === null && child.signalCode === null) child.stdin!.end()
          await exited
        },
      })
    })
  })
}
