import fs from 'node:fs/promises'
import path from 'node:path'

import { ownedByRunningApp } from './serverInUse'

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The pid on the first line of the data directory's postmaster.pid, if there is one. */
async function pidInLockFile(dataDir: string): Promise<number | undefined> {
  const firstLine = (await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]
  const pid = Number(firstLine)
  return Number.isInteger(pid) && pid > 0 ? pid : undefined
}

/**
 * Whether `pid` is a PostgreSQL server of `dataDir`: a pid in a stale lock file may since have
 * been given to another program, or to another cluster's PostgreSQL, which must be left alone.
 * A postmaster works in its data directory, so its working directory tells (where /proc says).
 */
async function isServerOf(pid: number, dataDir: string): Promise<boolean> {
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  if (!cmdline.includes('postgres')) return false
  const cwd = await fs.readlink(`/proc/${pid}/cwd`).catch(() => undefined)
  const realDataDir = await fs.realpath(dataDir).catch(() => dataDir)
  return cwd === undefined || cwd === realDataDir
}

/**
 * If the app was killed hard (SIGKILL, OOM), its PostgreSQL child keeps running and holds the
 * data directory's lock, so the next start would fail. We shut such an orphan down cleanly
 * (SIGINT = PostgreSQL's "fast" shutdown, which loses no committed data) before starting anew.
 */
export async function stopOrphanedServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pid = await pidInLockFile(dataDir)
  if (pid === undefined || !isAlive(pid) || !(await isServerOf(pid, dataDir))) return
  // Not an orphan: a running app owns it (resolveDatabase joins such a server instead of coming here).
  if (await ownedByRunningApp(pid)) {
    throw new Error(`PostgreSQL (pid ${pid}) on ${dataDir} belongs to an app that is running; stop that app first`)
  }

  log(`stopping a PostgreSQL server (pid ${pid}) left running on ${dataDir} by an earlier run`)
  process.kill(pid, 'SIGINT')
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) on ${dataDir} did not stop; stop it and try again`)
}

/**
 * A server that died leaves its postmaster.pid behind. PostgreSQL replaces such a file itself,
 * unless the pid in it now belongs to another process; then it refuses to start ("lock file
 * already exists"). When the file names `deadPid`, the server this process started and saw exit
 * (so whatever runs under that pid now is not it), and all of that server's processes are gone,
 * the lock protects nothing and is removed. Otherwise it is left for PostgreSQL to judge.
 */
export async function removeStalePidFile(dataDir: string, deadPid: number, log: (line: string) => void) {
  if ((await pidInLockFile(dataDir)) !== deadPid || !isAlive(deadPid)) return
  await fs.rm(path.join(dataDir, 'postmaster.pid'), { force: true })
  log(`removed the postmaster.pid left by the PostgreSQL that died (its pid ${deadPid} now belongs to another process)`)
}
