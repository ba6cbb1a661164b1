import type { Allowed } from './decide'

export interface NotificationPlan {
  recipientIds: (number | string)[]
  /** Chinese, then English. */
  message: string
}

interface People {
  actorId: number | string
  /** Everyone who may review (reviewers and admins). */
  reviewerIds: (number | string)[]
  /** Who wrote the version the step was about. */
  authorIds: (number | string)[]
}

/** Who hears about a step: the reviewers, the authors, or nobody. */
export function audienceOf(action: Allowed['action']): 'reviewers' | 'authors' | null {
  if (action === 'submit') return 'reviewers'
  if (action === 'request_changes' || action === 'publish') return 'authors'
  return null
}

const others = (ids: (number | string)[], actorId: number | string) => [
  ...new Set(ids.filter((id) => String(id) !== String(actorId))),
]

/**
 * Who hears about a workflow step: a submission goes to the reviewers, a request for changes and a
 * publication (or a schedule) go back to the authors. Nobody is told about their own action.
 */
export function planNotification(decision: Allowed, title: string, people: People): NotificationPlan | null {
  const audience = audienceOf(decision.action)
  if (!audience) return null
  const ids = audience === 'reviewers' ? people.reviewerIds : people.authorIds
  return { recipientIds: others(ids, people.actorId), message: messageFor(decision, title) }
}

function messageFor(decision: Allowed, title: string): string {
  const quoted = `《${title}》`
  if (decision.action === 'submit') return `${quoted}已提交审核。 / "${title}" was submitted for review.`
  if (decision.action === 'request_changes') {
    return `${quoted}被退回修改：${decision.comment ?? ''} / "${title}" needs changes: ${decision.comment ?? ''}`
  }
  return decision.to === 'scheduled'
    ? `${quoted}将于 ${decision.publishAt} 定时发布。 / "${title}" is scheduled for ${decision.publishAt}.`
    : `${quoted}已发布。 / "${title}" is published.`
}
