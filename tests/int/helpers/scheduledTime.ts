import type { TestContext } from './testPayload'

/**
 * Lets a document's scheduled time come without waiting for the clock: its stored schedule (on
 * the document and on its versions, which the scheduler reads) moves one second into the past.
 * Tests used to schedule a second ahead and sleep; on a busy machine the request that scheduled
 * took longer than that margin, and the test failed for reasons that had nothing to do with it.
 */
export async function letScheduledTimeCome(ctx: TestContext, collection: string, id: number): Promise<void> {
  await ctx.db.query(`UPDATE "${collection}" SET scheduled_for = now() - interval '1 second' WHERE id = $1`, [id])
  await ctx.db.query(
    `UPDATE "_${collection}_v" SET version_scheduled_for = now() - interval '1 second'
      WHERE parent_id = $1 AND version_scheduled_for IS NOT NULL`,
    [id],
  )
}

/** A schedule far enough ahead that no slow machine reaches it during a test. */
export const inAnHour = (): string => new Date(Date.now() + 3_600_000).toISOString()
