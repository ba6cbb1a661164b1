import fs from 'node:fs/promises'
import path from 'node:path'

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * If the app was killed hard (SIGKILL, OOM), its PostgreSQL child keeps running and holds the
 * data directory's lock, so the next start would fail. We shut such an orphan down cleanly
 * (SIGINT = PostgreSQL's "fast" shutdown, which loses no committed data) before starting anew.
 */
export async function stopOrphanedServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  const firstLine = (await fs.readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]
  const pid = Number(firstLine)
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return

  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  if (!cmdline.includes('postgres')) return

  log(`stopping a PostgreSQL server (pid ${pid}) left running on ${dataDir} by an earlier run`)
  process.kill(pid, 'SIGINT')
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) on ${dataDir} did not stop; stop it and try again`)
}
