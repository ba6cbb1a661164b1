import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * What postmaster.pid says: PostgreSQL writes its pid on the first line and its port on the
 * fourth (see the "postmaster.pid" lines in PostgreSQL's miscadmin.h: LOCK_FILE_LINE_PID = 1,
 * LOCK_FILE_LINE_PORT = 4). Pure, so the parsing is tested without a server.
 */
export function parsePostmasterPid(text: string): { pid: number; port: number } | null {
  const lines = text.split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0 || port > 65_535) return null
  return { pid, port }
}

/** The parent pid of a process, from /proc/<pid>/stat (field 4, after the parenthesised name). */
export function parentPidFromStat(stat: string): number | null {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ppid = Number(afterName[1])
  return Number.isInteger(ppid) && ppid > 0 ? ppid : null
}

const readOrEmpty = (file: string) => fs.readFile(file, 'utf8').catch(() => '')

/**
 * The port of the PostgreSQL that a running app (`npm start`, `npm run dev`) owns on `dataDir`,
 * or null when there is none or it is an orphan (its owner died; stopOrphanedServer deals with
 * those). A script started beside the app, such as `npm run seed`, must use that server and never
 * stop it: stopping it would take the running site's database away.
 *
 * Owned means: the postmaster is alive, and its parent is still the database process of
 * src/db/postgresProcess.ts (an orphan's parent is init).
 */
export async function portOfServerInUse(dataDir: string): Promise<number | null> {
  const postmaster = parsePostmasterPid(await readOrEmpty(path.join(dataDir, 'postmaster.pid')))
  if (!postmaster) return null
  return (await ownedByRunningApp(postmaster.pid)) ? postmaster.port : null
}

/** Whether the PostgreSQL server `pid` is still the child of a live database process (not an orphan). */
export async function ownedByRunningApp(pid: number): Promise<boolean> {
  const ppid = parentPidFromStat(await readOrEmpty(`/proc/${pid}/stat`))
  if (ppid === null) return false
  return (await readOrEmpty(`/proc/${ppid}/cmdline`)).includes('postgresProcess')
}
