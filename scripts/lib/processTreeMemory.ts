import fs from 'node:fs'

const PAGE_SIZE = 4096

/** Resident memory (bytes) of a process and all its descendants, read from /proc (Linux). */
export function processTreeRss(rootPid: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name may contain spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(entry)
      const ppid = Number(fields[1])
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
      rss.set(pid, Number(fields[21]) * PAGE_SIZE)
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const pending = [rootPid]
  while (pending.length > 0) {
    const pid = pending.pop()!
    total += rss.get(pid) ?? 0
    pending.push(...(children.get(pid) ?? []))
  }
  return total
}

/** Samples a process tree's memory until stopped; returns the peak in bytes. */
export function watchPeakMemory(rootPid: number, intervalMs = 250): () => number {
  let peak = 0
  const timer = setInterval(() => {
    peak = Math.max(peak, processTreeRss(rootPid))
  }, intervalMs)
  return () => {
    clearInterval(timer)
    return peak
  }
}
