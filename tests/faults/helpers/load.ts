/**
 * A mixed load of readers, editors and the three stage people of 三审 against the running site, keeping a ledger of
 * every write the server acknowledged (2xx), so a test can check afterwards that each one is
 * still there. Not a benchmark (that is `npm run bench`, with autocannon): this driver exists to
 * know exactly which writes were acknowledged.
 */
import { buildLexicalDocument } from '../../../src/lexical/buildDocument'
import { READ_PATHS } from './accounts'

export interface WriteRecord {
  title: string
  /** The last lead the server acknowledged, and leads sent after it whose answer was lost. */
  ackedLead?: string
  unconfirmedLeads: string[]
  /** The last workflow state the server acknowledged, and states asked for after it without an answer. */
  ackedState: string
  unconfirmedStates: string[]
}

export interface LoadResult {
  requests: number
  byStatus: Map<number, number>
  /** Server errors by request kind ("GET /api/articles", "POST /api/articles/:id/workflow", ...). */
  serverErrorsByKind: Map<string, Map<number, number>>
  /** Requests that got no HTTP answer at all (connection refused or reset, timeout). */
  networkErrors: number
  latenciesMs: number[]
  durationMs: number
  ledger: Map<number, WriteRecord>
}

export interface LoadOptions {
  baseUrl: string
  readers: number
  editorCookies: string[]
  /** One person per stage of the articles' workflow, in order: each passes their stage, the last signs off. */
  reviewerCookies: string[]
  readPaths: string[]
  /** Stops when this resolves. */
  until: Promise<void>
}

const browserHeaders = (baseUrl: string, cookie?: string): Record<string, string> => ({
  'content-type': 'application/json',
  'sec-fetch-site': 'same-origin',
  origin: baseUrl,
  ...(cookie ? { cookie } : {}),
})

export async function runMixedLoad(options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    requests: 0,
    byStatus: new Map(),
    serverErrorsByKind: new Map(),
    networkErrors: 0,
    latenciesMs: [],
    durationMs: 0,
    ledger: new Map(),
  }
  let running = true
  void options.until.then(() => (running = false))
  const started = performance.now()

  async function call(path: string, init: { method?: string; body?: unknown; cookie?: string } = {}) {
    const t0 = performance.now()
    result.requests++
    try {
      const response = await fetch(`${options.baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: browserHeaders(options.baseUrl, init.cookie),
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(15_000),
      })
      const text = await response.text()
      result.latenciesMs.push(performance.now() - t0)
      result.byStatus.set(response.status, (result.byStatus.get(response.status) ?? 0) + 1)
      if (response.status >= 500) {
        const kind = `${init.method ?? 'GET'} ${path.split('?')[0]!.replace(/\/\d+/g, '/:id')}`
        const counts = result.serverErrorsByKind.get(kind) ?? new Map<number, number>()
        counts.set(response.status, (counts.get(response.status) ?? 0) + 1)
        result.serverErrorsByKind.set(kind, counts)
      }
      return { status: response.status, text }
    } catch {
      result.networkErrors++
      await new Promise((resolve) => setTimeout(resolve, 100))
      return { status: 0, text: '' }
    }
  }

  async function reader(index: number) {
    for (let i = index; running; i++) await call(options.readPaths[i % options.readPaths.length]!)
  }

  const submitted: number[] = []

  async function editor(cookie: string, index: number) {
    for (let round = 0; running; round++) {
      const title = `负载稿件-${index}-${round}-${Date.now().toString(36)}`
      const created = await call('/api/articles?draft=true', {
        method: 'POST',
        cookie,
        body: { title, body: buildLexicalDocument([{ type: 'paragraph', text: `${title}的正文。` }]) },
      })
      if (created.status !== 201) continue
      const id = (JSON.parse(created.text) as { doc: { id: number } }).doc.id
      const record: WriteRecord = { title, unconfirmedLeads: [], ackedState: 'draft', unconfirmedStates: [] }
      result.ledger.set(id, record)
      for (let edit = 1; edit <= 3 && running; edit++) {
        const lead = `${title}-导语${edit}`
        record.unconfirmedLeads.push(lead)
        const saved = await call(`/api/articles/${id}?draft=true`, { method: 'PATCH', cookie, body: { lead } })
        if (saved.status === 200) {
          record.ackedLead = lead
          record.unconfirmedLeads = []
        }
      }
      record.unconfirmedStates.push('in_review')
      const submit = await call(`/api/articles/${id}/workflow`, { method: 'POST', cookie, body: { action: 'submit' } })
      if (submit.status === 200) {
        record.ackedState = 'in_review'
        record.unconfirmedStates = []
        submitted.push(id)
      }
    }
  }

  /**
   * 三审: each stage passed by its own person (初审, 复审 stay in review), the last one 签发,
   * approving and publishing in one step. A step that got no 200 ends the story's walk.
   */
  const stageSteps = () =>
    options.reviewerCookies.map((cookie, index, all) =>
      index === all.length - 1
        ? { cookie, action: 'sign_off', state: 'published' }
        : { cookie, action: 'approve', state: 'in_review' },
    )

  async function reviewers() {
    while (running) {
      const id = submitted.shift()
      if (id === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        continue
      }
      const record = result.ledger.get(id)!
      for (const { cookie, action, state } of stageSteps()) {
        record.unconfirmedStates.push(state)
        const step = await call(`/api/articles/${id}/workflow`, { method: 'POST', cookie, body: { action } })
        if (step.status !== 200) break
        record.ackedState = state
        record.unconfirmedStates = []
      }
    }
  }

  await Promise.all([
    ...Array.from({ length: options.readers }, (_, i) => reader(i)),
    ...options.editorCookies.map((cookie, i) => editor(cookie, i)),
    reviewers(),
  ])
  result.durationMs = performance.now() - started
  return result
}

/** Articles whose walk through every stage the server acknowledged to the end (签发). */
export const countPublished = (result: LoadResult) =>
  [...result.ledger.values()].filter((record) => record.ackedState === 'published').length

export const count5xx = (result: LoadResult) =>
  [...result.byStatus].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0)

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

export function summarise(name: string, result: LoadResult): string {
  const statuses = [...result.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`)
  return [
    `${name}: ${result.requests} requests in ${(result.durationMs / 1000).toFixed(1)} s`,
    `(${((result.requests / result.durationMs) * 1000).toFixed(0)} req/s),`,
    `p50 ${percentile(result.latenciesMs, 50).toFixed(0)} ms, p99 ${percentile(result.latenciesMs, 99).toFixed(0)} ms;`,
    `answers ${statuses.join(' ')}; no answer ${result.networkErrors};`,
    `${result.ledger.size} articles written, ${countPublished(result)} through 三审 to publication`,
    ...[...result.serverErrorsByKind].map(
      ([kind, counts]) => `\n  ${kind}: ${[...counts].map(([status, n]) => `${status}×${n}`).join(' ')}`,
    ),
  ].join(' ')
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The load the fault tests run while something goes wrong: `readers` readers, `editors.length`
 * editors and the stage people, on the seeded site's pages, until `stop()`, which resolves to the result.
 */
export function startMixedLoad(
  baseUrl: string,
  { readers, editors, reviewers }: { readers: number; editors: string[]; reviewers: string[] },
): { stop: () => Promise<LoadResult> } {
  let end!: () => void
  const until = new Promise<void>((resolve) => (end = resolve))
  const load = runMixedLoad({
    baseUrl,
    readers,
    editorCookies: editors,
    reviewerCookies: reviewers,
    readPaths: READ_PATHS,
    until,
  })
  return {
    stop: () => {
      end()
      return load
    },
  }
}
