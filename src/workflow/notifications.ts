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

const others = (ids: (number | string)[], actorId: number | string) => [
  ...new Set(ids.filter((id) => String(id) !== String(actorId))),
]

/**
 * Who hears about a workflow step: a submission goes to the reviewers, a request for changes and a
 * publication (or a schedule) go back to the authors. Nobody is told about their own action.
 */
export function planNotification(decision: Allowed, title: string, people: People): NotificationPlan | null {
  const quoted = `《${title}》`
  switch (decision.action) {
    case 'submit':
      return {
        recipientIds: others(people.reviewerIds, people.actorId),
        message: `${quoted}已提交审核。 / "${title}" was submitted for review.`,
      }
    case 'request_changes':
      return {
        recipientIds: others(people.authorIds, people.actorId),
        message: `${quoted}被退回修改：${decision.comment ?? ''} / "${title}" needs changes: ${decision.comment ?? ''}`,
      }
    case 'publish':
      return {
        recipientIds: others(people.authorIds, people.actorId),
        message:
          decision.to === 'scheduled'
            ? `${quoted}将于 ${decision.publishAt} 定时发布。 / "${title}" is scheduled for ${decision.publishAt}.`
            : `${quoted}已发布。 / "${title}" is published.`,
      }
    default:
      return null
  }
}
