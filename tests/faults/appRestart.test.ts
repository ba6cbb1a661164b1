/** The app is restarted in the middle of a mixed load: nothing it acknowledged is lost. */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { newsroom } from './helpers/accounts'
import { startFaultEnvironment, type FaultEnvironment } from './helpers/faultEnvironment'
import { findIntegrityProblems } from './helpers/integrity'
import { sleep, startMixedLoad, summarise } from './helpers/load'

let env: FaultEnvironment

beforeAll(async () => {
  env = await startFaultEnvironment()
})

afterAll(async () => {
  await env?.close()
})

it.each([['SIGTERM'], ['SIGKILL']] as const)(
  'an app restart (%s) under load loses no acknowledged write',
  async (signal) => {
    const { editors, reviewers } = await newsroom(env.site.url, 3)
    const load = startMixedLoad(env.site.url, { readers: 10, editors, reviewers })
    await sleep(4_000)
    await env.restartSite(signal)
    await sleep(4_000)
    const result = await load.stop()

    console.log(summarise(`app restart (${signal})`, result))
    expect(result.ledger.size).toBeGreaterThan(0)
    expect(await findIntegrityProblems(env, result.ledger)).toEqual([])
  },
)
