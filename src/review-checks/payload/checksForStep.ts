import type { PayloadRequest } from 'payload'

import { runArticleChecks, type ArticleChecks, type ArticleForChecks } from './articleChecks'

/**
 * Submitting (the author hears at once what the reviewers will see) and passing any stage (the
 * gate: every reviewer who lets errors through says why; 签发 is the release stage's approval).
 */
const CHECKED_ACTIONS: ReadonlySet<string> = new Set(['submit', 'approve', 'sign_off'])

/**
 * The review checks for a workflow step, or undefined when none run. Only articles are checked,
 * and only steps a person takes: the server's own steps (the seed taking the printed article
 * through review, the scheduler) have nobody who could read the findings or give a reason.
 */
export async function checksForStep(
  req: PayloadRequest,
  step: { collection: string; action: string; doc: unknown; user: PayloadRequest['user'] | undefined },
): Promise<ArticleChecks | undefined> {
  if (step.collection !== 'articles' || !CHECKED_ACTIONS.has(step.action) || !step.user) return undefined
  return runArticleChecks(req, step.doc as ArticleForChecks, step.user)
}
