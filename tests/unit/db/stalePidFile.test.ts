/**
 * The postmaster.pid a dead server leaves behind: removed only when it names the server this
 * process saw die and that pid has since gone to another process (then PostgreSQL would refuse to
 * start); any other lock file is left for PostgreSQL to judge. Uses a scratch directory, no server.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'

import { removeStalePidFile } from '../../../src/db/orphanedServer'

let dataDir: string
const lockFile = () => path.join(dataDir, 'postmaster.pid')
const writeLock = (pid: number) => fs.writeFileSync(lockFile(), `${pid}\n${dataDir}\n1796160000\n54321\n`)
const lines: string[] = []
const log = (line: string) => lines.push(line)

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'column-cms-pidfile-'))
  lines.length = 0
})
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

/** A pid that no process has: one that just exited and was reaped. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''])
  await new Promise((resolve) => child.on('exit', resolve))
  return child.pid!
}

it('removes the lock of the server that died when its pid now belongs to another process', async () => {
  // This test's own process stands in for the program that was given the dead server's pid.
  writeLock(process.pid)
  await removeStalePidFile(dataDir, process.pid, log)
  expect(fs.existsSync(lockFile())).toBe(false)
  expect(lines.join('\n')).toContain(`its pid ${process.pid} now belongs to another process`)
})

it('leaves a lock whose pid nobody has: PostgreSQL replaces that one itself', async () => {
  const pid = await deadPid()
  writeLock(pid)
  await removeStalePidFile(dataDir, pid, log)
  expect(fs.existsSync(lockFile())).toBe(true)
  expect(lines).toEqual([])
})

it('leaves a lock that names another server (someone else started one on this directory)', async () => {
  writeLock(process.pid)
  await removeStalePidFile(dataDir, await deadPid(), log)
  expect(fs.readFileSync(lockFile(), 'utf8').split('\n')[0]).toBe(String(process.pid))
})

it('does nothing when there is no lock file', async () => {
  await removeStalePidFile(dataDir, process.pid, log)
  expect(fs.existsSync(lockFile())).toBe(false)
  expect(lines).toEqual([])
})
