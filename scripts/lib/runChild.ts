import { spawn } from 'node:child_process'

import { stopGracefully } from './stopGracefully'

/**
 * Runs a long-lived child (next dev / next start) in the foreground and forwards Ctrl-C and
 * SIGTERM to it (killing it if it has not stopped after a grace period), then runs `cleanup`
 * (stopping the embedded PostgreSQL) before this process exits with the child's exit code.
 *
 * `stopWhen` (the database's `lost`) stops the child the same way when it resolves: its message
 * is printed and this process exits with code 1, so a supervisor (systemd, Docker, an operator)
 * sees a failed app instead of one that answers 503 for ever.
 */
export function runChild(
  command: string,
  args: string[],
  cleanup: () => Promise<void>,
  stopWhen?: Promise<string>,
): void {
  const child = spawn(command, args, { stdio: 'inherit', env: process.env })
  let stopping = false
  let failure: string | undefined

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    void stopGracefully(child, signal)
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  void stopWhen?.then((message) => {
    if (stopping) return
    failure = message
    console.error(`\n${message}`)
    stop('SIGTERM')
  })

  child.on('exit', async (code, signal) => {
    await cleanup().catch((error) => console.error('could not stop the database cleanly:', error))
    process.exit(failure !== undefined ? 1 : (code ?? (signal ? 0 : 1)))
  })
}
