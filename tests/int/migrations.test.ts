import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestContext } from './helpers/testPayload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startTestPayload()
})
afterAll(() => ctx?.close())

/**
 * drizzle-kit re-proposes `SET DEFAULT 0` for numeric columns whose default is already 0 (it compares
 * the text '0' with the number 0). Such a statement is only noise when the database already has
 * exactly that default, which this checks against the catalogue rather than assuming.
 */
async function isAlreadyApplied(statement: string): Promise<boolean> {
  const match = statement.match(/^ALTER TABLE "(\w+)" ALTER COLUMN "(\w+)" SET DEFAULT (.+);$/)
  if (!match) return false
  const [, table, column, value] = match
  const [row] = await ctx.db.query<{ column_default: string | null }>(
    'SELECT column_default FROM information_schema.columns WHERE table_name = $1 AND column_name = $2',
    [table, column],
  )
  return row?.column_default?.replace(/::\w+$/, '').replace(/^'(.*)'$/, '$1') === value
}

describe('migrations', () => {
  it('build a database that matches the config exactly (no schema change left to make)', async () => {
    const adapter = ctx.payload.db as unknown as PostgresAdapter
    const { pushSchema } = adapter.requireDrizzleKit()
    const diff = await pushSchema(adapter.schema, adapter.drizzle, undefined, adapter.tablesFilter, undefined)
    const { statementsToExecute } = diff as typeof diff & { statementsToExecute: string[] }
    const pending: string[] = []
    for (const statement of statementsToExecute) {
      if (!(await isAlreadyApplied(statement))) pending.push(statement)
    }
    expect(pending).toEqual([])
  })

  it('are all recorded as applied', async () => {
    const rows = await ctx.db.query<{ name: string; batch: number }>('SELECT name, batch FROM payload_migrations')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.batch > 0)).toBe(true)
  })
})
