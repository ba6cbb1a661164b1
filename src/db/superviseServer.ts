import type { EmbeddedServer } from './embeddedPostgres'
import { backOnLine, crashedLine, describeExit, gaveUpMessage, retryLine } from './restartMessages'
import { decideRestart, DEFAULT_RESTART_POLICY, type RestartPolicy } from './restartPolicy'

export interface Supervision {
  /** Stops watching and stops the server; a restart under way is let finish first, then stopped. */
  stop(): Promise<void>
}

interface SupervisionOptions {
  log: (line: string) => void
  /** Called with the operator's message when the server cannot be started again. */
  gaveUp: (message: string) => void
  policy?: RestartPolicy
}

/**
 * Keeps the embedded PostgreSQL up: when it exits by itself, it is started again on the same
 * port and data directory (PostgreSQL's crash recovery replays the write-ahead log, so every
 * committed write is there), after the waits of restartPolicy.ts, with a line in the log for each
 * step. The app's connection pool finds the server where it left it and reconnects by itself.
 */
export function superviseServer(
  server: EmbeddedServer,
  { log, gaveUp, policy = DEFAULT_RESTART_POLICY }: SupervisionOptions,
): Supervision {
  const failures: number[] = []
  let stopping = false
  let recovery: Promise<void> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined
  let wake: (() => void) | undefined
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve
      timer = setTimeout(resolve, ms)
    })

  async function recover(exit: Parameters<typeof describeExit>[0]) {
    const downSince = Date.now()
    let lastFailure = `PostgreSQL exited unexpectedly (${describeExit(exit)})`
    for (let first = true; !stopping; first = false) {
      failures.push(Date.now())
      const decision = decideRestart(failures, Date.now(), policy)
      if (!decision.restart) {
        const { dataDir, port } = server
        gaveUp(gaveUpMessage({ dataDir, port, failures: decision.failures, windowMs: decision.windowMs, lastFailure }))
        return
      }
      log(first ? crashedLine(exit, decision) : retryLine(lastFailure, decision))
      await pause(decision.delayMs)
      if (stopping) return
      try {
        const { recovered } = await server.restart()
        log(backOnLine(server.port, Date.now() - downSince, recovered))
        return
      } catch (error) {
        lastFailure = error instanceof Error ? error.message : String(error)
      }
    }
  }

  server.onUnexpectedExit((exit) => {
    recovery = recover(exit)
  })

  return {
    async stop() {
      stopping = true
      clearTimeout(timer)
      wake?.()
      await recovery
      await server.stop()
    },
  }
}
