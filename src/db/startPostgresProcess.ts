import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { urlFor } from './credentials'

export interface PostgresProcess {
  port: number
  urlFor(database: string): string
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
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))

  return new Promise((resolve, reject) => {
    void exited.then((code) =>
      reject(new Error(`PostgreSQL could not be started (exit code ${code}); see the lines above`)),
    )
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const { port } = JSON.parse(line) as { port: number }
      resolve({
        port,
        urlFor: (database) => urlFor(port, database),
        async stop() {
          if (child.exitCode === null) child.stdin!.end()
          await exited
        },
      })
    })
  })
}
