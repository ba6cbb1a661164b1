import type { TestProject } from 'vitest/node'

import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import pg from 'pg'

export const TEMPLATE_DATABASE = 'column_test_template'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string
  }
}

let server: ChildProcess | undefined

const tsx = (script: string, env: NodeJS.ProcessEnv = process.env) =>
  spawn(process.execPath, ['--import', 'tsx', script], { env, stdio: ['pipe', 'pipe', 'inherit'] })

/** Starts a throwaway PostgreSQL (never the developer's own .data) and waits for its address. */
function startServer(): Promise<string> {
  server = tsx('tests/int/helpers/postgresServer.ts')
  return new Promise((resolve, reject) => {
    server!.on('exit', (code) => reject(new Error(`the test PostgreSQL exited early (${code})`)))
    createInterface({ input: server!.stdout! }).once('line', (line) => resolve(JSON.parse(line).adminUrl))
  })
}

/** Applies the committed migrations to the template in a child process, exactly as `npm run migrate` would. */
function migrateTemplate(url: string): Promise<void> {
  const child = tsx('tests/int/helpers/migrateTemplate.ts', { ...process.env, DATABASE_URL: url })
  child.stdin?.end()
  child.stdout?.resume()
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrating the template failed (${code})`)))),
  )
}

export async function setup(project: TestProject) {
  const adminUrl = await startServer()
  const admin = new pg.Client(adminUrl)
  await admin.connect()
  await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`)
  await admin.end()
  await migrateTemplate(adminUrl.replace(/\/postgres$/, `/${TEMPLATE_DATABASE}`))
  project.provide('postgresAdminUrl', adminUrl)
}

export async function teardown() {
  if (!server || server.exitCode !== null) return
  const exited = new Promise((resolve) => server!.on('exit', resolve))
  server.stdin?.end()
  await exited
}
