/**
 * npm run bench: every figure of issue 5, measured side by side in one run on loopback against a
 * production build, each with the baseline it is judged against. Prints a table and writes
 * bench/results.json. Not part of the tests: the machine is shared and timings are noisy, which
 * is why every figure is a ratio to a baseline measured in the same run.
 *
 * BENCH_SECONDS (10): length of each load run. BENCH_GROWTH_ARTICLES (100000): the large archive.
 * BENCH_SKIP_BUILD=1: reuse the last `.next-bench` build (the build figures are then missing).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import pg from 'pg'
import { createLocalReq } from 'payload'

import { closePayload } from '../scripts/lib/closePayload'
import { openPayload } from '../scripts/lib/openPayload'
import {
  buildSite,
  prepareSiteDatabase,
  freePort,
  startSite,
  type RunningSite,
  type SiteOptions,
} from '../scripts/lib/siteServer'
import { stopGracefully } from '../scripts/lib/stopGracefully'
import { startPostgresProcess } from '../src/db/startPostgresProcess'
import { buildLexicalDocument } from '../src/lexical/buildDocument'
import { checkArticle } from '../src/review-checks'
import { articleCheckInput } from '../src/review-checks/payload/articleChecks'
import { ARTICLE_SEED } from '../src/seed/articleSeedSettings'
import { DEMO_ACCOUNTS } from '../src/seed/demoAccounts'
import { countArticles, growArticlesTo } from './generateArticles'
import { measureHttp, percentile, timeEach, type HttpFigures } from './measure'

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const LARGE_ARCHIVE = Number(process.env.BENCH_GROWTH_ARTICLES || 100_000)
const DIST_DIR = '.next-bench'
const TWIN_DIR = path.resolve('public/bench-twin')
const PASSWORD = 'bench-password-5521'
const LIST_PATH = '/api/articles?limit=20&depth=1&sort=-publishedAt'
const ARTICLE_PATH = `/articles/${ARTICLE_SEED.slug}`

interface Row {
  figure: string
  value: string
  baseline?: string
  ratio?: number
  target?: string
  met?: boolean
}

const rows: Row[] = []
const results: Record<string, unknown> = {
  machine: {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  startedAt: new Date().toISOString(),
  secondsPerLoadRun: SECONDS,
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`
const rps = (figures: HttpFigures) => `${figures.requestsPerSecond.toFixed(0)} req/s`
const log = (line: string) => process.stderr.write(`${line}\n`)

function add(row: Row) {
  rows.push(row)
  log(`  ${row.figure}: ${row.value}${row.ratio !== undefined ? ` (ratio ${row.ratio.toFixed(2)})` : ''}`)
}

async function login(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (response.status !== 200) throw new Error(`login of ${email} answered ${response.status}`)
  return response.headers
    .getSetCookie()
    .find((c) => c.startsWith('payload-token='))!
    .split(';')[0]!
}

async function call(origin: string, cookie: string, method: string, url: string, body?: unknown) {
  const response = await fetch(`${origin}${url}`, {
    method,
    headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin', cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (response.status >= 300) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as { doc: { id: number; slug: string } }
}

function startRawSqlServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['.build/bench/rawSqlServer.js'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the raw SQL server exited (${code})`)))
    createInterface({ input: child.stdout! }).once('line', () => resolve(child))
  })
}

/** Static files of the same size as the pages, served by the same Next server from public/. */
async function writeStaticTwins(site: RunningSite): Promise<Record<string, number>> {
  await fs.mkdir(TWIN_DIR, { recursive: true })
  const sizes: Record<string, number> = {}
  for (const [name, pagePath] of [
    ['home', '/'],
    ['article', ARTICLE_PATH],
  ] as const) {
    const html = await (await fetch(`${site.url}${pagePath}`)).text()
    sizes[name] = Buffer.byteLength(html)
    await fs.writeFile(path.join(TWIN_DIR, `${name}.html`), html)
  }
  return sizes
}

async function main() {
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'column-cms-bench-'))
  const database = await startPostgresProcess(path.join(workDir, 'pg'), ['column_bench'])
  const options: SiteOptions = {
    databaseUrl: database.urlFor('column_bench'),
    port: await freePort(),
    distDir: DIST_DIR,
    secret: 'bench-secret',
    mediaDir: path.join(workDir, 'media'),
    env: { DEMO_PASSWORD: PASSWORD, PAYLOAD_DISABLE_JOB_AUTORUN: '1' },
    logFile: path.join(workDir, 'server.log'),
  }
  const client = new pg.Client({ connectionString: options.databaseUrl })
  let site: RunningSite | undefined
  let raw: ChildProcess | undefined
  try {
    log('preparing the database (migrations, the column, accounts, 1,000 articles)')
    await prepareSiteDatabase(options)
    await client.connect()
    await growArticlesTo(client, 1_000)

    if (process.env.BENCH_SKIP_BUILD !== '1') {
      log('next build')
      const build = await buildSite(options)
      results.build = build
      add({ figure: 'Build: npm run build wall time', value: `${build.seconds.toFixed(0)} s` })
      add({ figure: 'Build: peak memory (process tree)', value: `${(build.peakMemoryMb / 1024).toFixed(2)} GiB` })
    }

    // Static twins must exist when the server starts (Next lists public/ at start-up).
    site = await startSite(options)
    const twinSizes = await writeStaticTwins(site)
    await site.stop()
    site = await startSite(options)
    results.pageBytes = twinSizes

    log('growth, small archive (1,000 articles)')
    const articlePage = '/articles/bench-article-500'
    const smallList = await measureHttp(site.url, [LIST_PATH], { seconds: SECONDS })
    const smallPage = await measureHttp(site.url, [articlePage], { seconds: SECONDS })

    log('10,000 articles')
    await growArticlesTo(client, 10_000)
    const rawPort = await freePort()
    raw = await startRawSqlServer(options.databaseUrl, rawPort)
    const list = await measureHttp(site.url, [LIST_PATH], { seconds: SECONDS })
    const rawList = await measureHttp(`http://127.0.0.1:${rawPort}`, ['/articles'], { seconds: SECONDS })
    await stopGracefully(raw)
    raw = undefined
    results.list = { payload: list, rawSql: rawList }
    add({
      figure: 'Article list API at 10,000 articles (anonymous)',
      value: `${rps(list)}, p50 ${ms(list.p50Ms)}, p99 ${ms(list.p99Ms)}`,
      baseline: `raw SQL server: ${rps(rawList)}, p50 ${ms(rawList.p50Ms)}, p99 ${ms(rawList.p99Ms)}`,
      ratio: list.requestsPerSecond / rawList.requestsPerSecond,
      target: '≥ 0.5',
      met: list.requestsPerSecond / rawList.requestsPerSecond >= 0.5,
    })

    for (const [name, pagePath, twin] of [
      ['Home page / (warm)', '/', '/bench-twin/home.html'],
      ['Article page (warm)', ARTICLE_PATH, '/bench-twin/article.html'],
    ] as const) {
      const page = await measureHttp(site.url, [pagePath], { seconds: SECONDS })
      const file = await measureHttp(site.url, [twin], { seconds: SECONDS })
      results[name] = { page, staticFile: file }
      const ratio = page.requestsPerSecond / file.requestsPerSecond
      add({
        figure: name,
        value: `${rps(page)}, p50 ${ms(page.p50Ms)}, p99 ${ms(page.p99Ms)}`,
        baseline: `static file of the same size: ${rps(file)}, p99 ${ms(file.p99Ms)}`,
        ratio,
        target: '≥ 0.5 and p99 ≤ 50 ms',
        met: ratio >= 0.5 && page.p99Ms <= 50,
      })
    }

    log('publish to visible, 20 publications')
    const editor = await login(site.url, DEMO_ACCOUNTS.find((a) => a.roles.includes('editor'))!.email)
    // One reviewer per stage of 三审: nobody may pass two stages of the same version.
    const siteUrl = site.url
    const [first, second, final] = await Promise.all(
      (['first_reviewer', 'second_reviewer', 'final_reviewer'] as const).map((role) =>
        login(siteUrl, DEMO_ACCOUNTS.find((a) => a.roles.length === 1 && a.roles[0] === role)!.email),
      ),
    )
    const visibleAfter: number[] = []
    for (let i = 0; i < 20; i++) {
      const title = `发布时延测试${i}-${Date.now().toString(36)}`
      const { doc } = await call(site.url, editor, 'POST', '/api/articles?draft=true', {
        title,
        body: buildLexicalDocument([{ type: 'paragraph', text: '测试正文。' }]),
      })
      await call(site.url, editor, 'POST', `/api/articles/${doc.id}/workflow`, { action: 'submit' })
      await call(site.url, first, 'POST', `/api/articles/${doc.id}/workflow`, { action: 'approve' })
      await call(site.url, second, 'POST', `/api/articles/${doc.id}/workflow`, { action: 'approve' })
      await call(site.url, final, 'POST', `/api/articles/${doc.id}/workflow`, { action: 'approve' })
      await fetch(`${site.url}/`) // the home page is warm and cached before the publish
      await call(site.url, final, 'POST', `/api/articles/${doc.id}/workflow`, { action: 'publish' })
      const published = performance.now()
      for (;;) {
        if ((await (await fetch(`${site.url}/`)).text()).includes(title)) break
        if (performance.now() - published > 10_000) throw new Error('a publication did not show within 10 s')
      }
      visibleAfter.push(performance.now() - published)
    }
    const visible95 = percentile(visibleAfter, 95)
    results.publishToVisibleMs = visibleAfter
    add({
      figure: 'Publish to visible on / (20 publishes)',
      value: `p50 ${ms(percentile(visibleAfter, 50))}, p95 ${ms(visible95)}`,
      target: 'p95 ≤ 1 s',
      met: visible95 <= 1000,
    })

    log('writes')
    const { doc: long } = await call(site.url, editor, 'POST', '/api/articles?draft=true', {
      title: `五千字稿件${Date.now().toString(36)}`,
      body: buildLexicalDocument([{ type: 'paragraph', text: '测' }]),
    })
    const paragraph = '工作组坚持项目带动，抓好项目建设，推动昂仁经济社会高质量发展。'.repeat(4)
    const fiveThousand = Array.from({ length: Math.ceil(5_000 / paragraph.length) }, (_, i) => ({
      type: 'paragraph' as const,
      text: `${i + 1}. ${paragraph}`,
    }))
    const saves = await timeEach(30, (i) =>
      call(site!.url, editor, 'PATCH', `/api/articles/${long.id}?draft=true`, {
        lead: `第${i}次保存`,
        body: buildLexicalDocument(fiveThousand),
      }),
    )
    const steps = await timeEach(30, (i) =>
      call(site!.url, editor, 'POST', `/api/articles/${long.id}/workflow`, {
        action: i % 2 === 0 ? 'submit' : 'withdraw',
      }),
    )
    results.writes = { saveMs: saves, transitionMs: steps }
    add({
      figure: 'Editor save of a 5,000-character article',
      value: `p50 ${ms(percentile(saves, 50))}, p99 ${ms(percentile(saves, 99))}`,
    })
    add({
      figure: 'Workflow transition (submit / withdraw)',
      value: `p50 ${ms(percentile(steps, 50))}, p99 ${ms(percentile(steps, 99))}`,
    })

    log(`growth, large archive (${LARGE_ARCHIVE.toLocaleString('en')} articles)`)
    const grew = await growArticlesTo(client, LARGE_ARCHIVE)
    log(`  generated in ${grew.toFixed(0)} s; ${await countArticles(client)} articles`)
    const largeList = await measureHttp(site.url, [LIST_PATH], { seconds: SECONDS })
    const largePage = await measureHttp(site.url, [articlePage], { seconds: SECONDS })
    results.growth = {
      articles: [1_000, LARGE_ARCHIVE],
      list: [smallList, largeList],
      articlePage: [smallPage, largePage],
    }
    for (const [name, small, large] of [
      ['Growth: article list p50', smallList, largeList],
      ['Growth: article page p50', smallPage, largePage],
    ] as const) {
      const ratio = large.p50Ms / Math.max(small.p50Ms, 0.5)
      add({
        figure: `${name}, ${LARGE_ARCHIVE.toLocaleString('en')} vs 1,000 articles`,
        value: `${ms(large.p50Ms)} vs ${ms(small.p50Ms)}`,
        ratio,
        target: '≤ 1.5',
        met: ratio <= 1.5,
      })
    }

    await site.stop()
    site = undefined

    log('review checks of the seeded article')
    process.env.DATABASE_URL = options.databaseUrl
    const payload = await openPayload()
    try {
      const req = await createLocalReq({}, payload)
      const { docs } = await payload.find({
        collection: 'articles',
        where: { slug: { equals: ARTICLE_SEED.slug } },
        draft: true,
        depth: 0,
        limit: 1,
      })
      const input = await articleCheckInput(req, docs[0]!, undefined)
      for (let i = 0; i < 20; i++) checkArticle(input) // warm-up
      const checks = await timeEach(200, async () => checkArticle(input))
      const p50 = percentile(checks, 50)
      results.reviewChecksMs = { characters: input.text.length, p50, p99: percentile(checks, 99) }
      add({
        figure: `Review checks of the seeded article (${input.text.length} characters)`,
        value: `p50 ${ms(p50)}, p99 ${ms(percentile(checks, 99))}`,
        target: '< 50 ms',
        met: p50 < 50,
      })
    } finally {
      await closePayload(payload)
    }
  } finally {
    if (raw) await stopGracefully(raw)
    await site?.stop()
    await client.end().catch(() => {})
    await database.stop()
    await fs.rm(workDir, { recursive: true, force: true })
    await fs.rm(TWIN_DIR, { recursive: true, force: true })
  }

  results.figures = rows
  await fs.writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
  const cores = (results.machine as { cores: number }).cores
  console.log(
    `\nBenchmark on ${cores} cores (${(results.machine as { cpu: string }).cpu}), ${SECONDS} s per load run\n`,
  )
  console.log('| Figure | Measured | Baseline | Ratio | Target | Met |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const row of rows) {
    console.log(
      `| ${row.figure} | ${row.value} | ${row.baseline ?? ''} | ${row.ratio?.toFixed(2) ?? ''} | ${row.target ?? ''} | ${row.met === undefined ? '' : row.met ? 'yes' : 'NO'} |`,
    )
  }
  console.log('\nWritten to bench/results.json')
}

await main()
process.exit(0)
