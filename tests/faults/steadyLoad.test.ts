/**
 * A bounded load on loopback: 50 readers and 5 editors (with the three stage people taking their articles
 * through the workflow) for FAULTS_LOAD_SECONDS (60 by default). Not one 5xx; the figures are
 * printed. Speed targets belong to the benchmark, not here.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { newsroom, READ_PATHS } from './helpers/accounts'
import { startFaultEnvironment, type FaultEnvironment } from './helpers/faultEnvironment'
import { findIntegrityProblems } from './helpers/integrity'
import { count5xx, countPublished, runMixedLoad, summarise } from './helpers/load'

const SECONDS = Number(process.env.FAULTS_LOAD_SECONDS || 60)

let env: FaultEnvironment

beforeAll(async () => {
  env = await startFaultEnvironment()
})

afterAll(async () => {
  await env?.close()
})

it(`50 readers and 5 editors for ${SECONDS} s: no 5xx, nothing lost`, async () => {
  const { editors, reviewers } = await newsroom(env.site.url, 5)
  const result = await runMixedLoad({
    baseUrl: env.site.url,
    readers: 50,
    editorCookies: editors,
    reviewerCookies: reviewers,
    readPaths: READ_PATHS,
    until: new Promise((resolve) => setTimeout(resolve, SECONDS * 1000)),
  })
  console.log(summarise('steady load', result))
  expect(count5xx(result)).toBe(0)
  expect(result.networkErrors).toBe(0)
  expect(result.ledger.size).toBeGreaterThan(0)
  // Stories went all the way: 初审, 复审 and 签发, each by its own person.
  expect(countPublished(result)).toBeGreaterThan(0)
  expect(await findIntegrityProblems(env, result.ledger)).toEqual([])
})
