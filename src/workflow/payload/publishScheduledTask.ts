import type { TaskConfig } from 'payload'

import { notifySite } from '@/site/revalidation/notifySite'
import { takePendingSiteTags } from '@/site/revalidation/revalidateSiteHooks'

import { publishDue } from './publishDue'

export const WORKFLOW_QUEUE = 'workflow'

/**
 * Scheduled publishing: every 15 seconds a job looks for documents whose time has come. The server
 * runs the queue itself (payload.config.ts `jobs.autoRun`), so no extra process is needed; a failed
 * run stays in the jobs list in the admin with its error.
 */
export const publishScheduledTask: TaskConfig<{ input: object; output: { published: number } }> = {
  slug: 'publishScheduled',
  label: '定时发布 / Publish scheduled documents',
  schedule: [{ cron: '*/15 * * * * *', queue: WORKFLOW_QUEUE }],
  retries: 2,
  outputSchema: [{ name: 'published', type: 'number', required: true }],
  handler: async ({ req }) => {
    const published = await publishDue(req)
    // Each publication has committed by now; tell the site which pages to refresh.
    await notifySite(takePendingSiteTags(req), (message) => req.payload.logger.warn(message))
    return { output: { published } }
  },
}
