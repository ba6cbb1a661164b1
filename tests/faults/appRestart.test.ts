/** The app is restarted in the middle of a mixed load: nothing it acknowledged is lost. */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { newsroom, READ_PATHS } from './helpers/accounts'
import { startFaultEnvironment, type FaultEnvironment } from './helpers/faultEnvironment'
import { findIntegrityProblems } from './helpers/integrity'
import { runMixedLoad, summarise } from './helpers/load'

let env: FaultEnvironment

beforeAll(async () => {
  env = await startFaultEnvironment()
})

afterAll(async () => {
  await env?.close()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

it.each([['SIGTERM'], ['SIGKILL']] as const)(
  'an app restart (%s) under load loses no acknowledged write',
  async (signal) => {
    const { editors, reviewer } = await newsroom(env.site.url, 3)
    let stop!: () => void
    const until = new Promise<void>((resolve) => (stop = resolve))
    const load = runMixedLoad({
      baseUrl: env.site.url,
      readers: 10,
      editorCookies: editors,
      reviewerCookie: reviewer,
      readPaths: READ_PATHS,
      until,
    })
    await sleep(4_000)
    await env.restartSite(signal)
    await sleep(4_000)
    stop()
    const result = await load

    console.log(summarise(`app restart (${signal})`, result))
    expect(result.ledger.size).toBeGreaterThan(0)
    expect(await findIntegrityProblems(env, result.ledger)).toEqual([])
  },
)
