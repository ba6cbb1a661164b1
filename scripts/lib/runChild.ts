import { spawn } from 'node:child_process'

import { stopGracefully } from './stopGracefully'

/**
 * Runs a long-lived child (next dev / next start) in the foreground and forwards Ctrl-C and
 * SIGTERM to it (killing it if it has not stopped after a grace period), then runs `cleanup`
 * (stopping the embedded PostgreSQL) before this process exits with the child's exit code.
 */
export function runChild(command: string, args: string[], cleanup: () => Promise<void>): void {
  const child = spawn(command, args, { stdio: 'inherit', env: process.env })
  let stopping = false

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    void stopGracefully(child, signal)
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))

  child.on('exit', async (code, signal) => {
    await cleanup().catch((error) => console.error('could not stop the database cleanly:', error))
    process.exit(code ?? (signal ? 0 : 1))
  })
}
