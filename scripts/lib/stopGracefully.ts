import type { ChildProcess } from 'node:child_process'

/**
 * How long a stopping server may finish its requests. `next start` stops accepting connections on
 * SIGTERM but then waits for every open keep-alive connection to close, which under steady
 * traffic never happens; after this grace period the server is killed. Requests still running
 * then lose their answer, and their transactions roll back: nothing acknowledged is lost.
 */
export const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_SECONDS || 10) * 1000

/** Sends `signal`, and SIGKILL if the process has not exited after the grace period. Resolves on exit. */
export function stopGracefully(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill(signal)
  const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_GRACE_MS)
  return exited.finally(() => clearTimeout(timer))
}
