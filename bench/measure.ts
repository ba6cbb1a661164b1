import autocannon from 'autocannon'

export interface HttpFigures {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
}

/**
 * Load from autocannon on loopback: `connections` clients for `seconds`, cycling through
 * `paths`. A short warm-up run first, so caches and JIT are warm for everyone measured alike.
 */
export async function measureHttp(
  origin: string,
  paths: string[],
  { seconds, connections = 10, warmUpSeconds = 2 }: { seconds: number; connections?: number; warmUpSeconds?: number },
): Promise<HttpFigures> {
  const requests = paths.map((path) => ({ method: 'GET' as const, path }))
  if (warmUpSeconds > 0) await autocannon({ url: origin, connections, duration: warmUpSeconds, requests })
  const result = await autocannon({ url: origin, connections, duration: seconds, requests })
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

export async function timeEach(times: number, action: (index: number) => Promise<unknown>): Promise<number[]> {
  const durations: number[] = []
  for (let i = 0; i < times; i++) {
    const started = performance.now()
    await action(i)
    durations.push(performance.now() - started)
  }
  return durations
}
