import type { Allowed } from './decide'

export interface NotificationPlan {
  recipientIds: (number | string)[]
  /** Chinese, then English. */
  message: string
}

interface People {
  actorId: number | string
  /** Everyone who may act at the stage the document reached (its roles; admins when nobody holds them). */
  stagePeopleIds: (number | string)[]
  /** Who wrote the version the step was about. */
  authorIds: (number | string)[]
}

export type Audience = 'stage' | 'authors' | 'assignee' | null

/**
 * Who hears about a step: the people of the stage a document reaches (submitted, or passed on to
 * the next stage), its authors when it is sent back or released, the colleague a stage is handed
 * to, or nobody.
 */
export function audienceOf(decision: Pick<Allowed, 'action' | 'to'>): Audience {
  if (decision.action === 'submit') return 'stage'
  if (decision.action === 'approve') return decision.to === 'in_review' ? 'stage' : null
  if (decision.action === 'request_changes' || decision.action === 'publish' || decision.action === 'sign_off')
    return 'authors'
  if (decision.action === 'reassign') return 'assignee'
  return null
}

const others = (ids: (number | string)[], actorId: number | string) => [
  ...new Set(ids.filter((id) => String(id) !== String(actorId))),
]

/** Nobody is told about their own action. */
export function planNotification(decision: Allowed, title: string, people: People): NotificationPlan | null {
  const audience = audienceOf(decision)
  if (!audience) return null
  const ids =
    audience === 'stage'
      ? people.stagePeopleIds
      : audience === 'assignee'
        ? decision.position.assigneeId === null
          ? []
          : [decision.position.assigneeId]
        : people.authorIds
  return { recipientIds: others(ids, people.actorId), message: messageFor(decision, title) }
}

function messageFor(decision: Allowed, title: string): string {
  const quoted = `《${title}》`
  const stage = decision.position.stage?.name ?? { zh: '审核', en: 'review' }
  switch (decision.action) {
    case 'submit':
      return `${quoted}已提交审核，等待「${stage.zh}」。 / "${title}" was submitted and waits for ${stage.en}.`
    case 'approve':
      return `${quoted}已通过「${decision.stage?.name.zh ?? ''}」，等待「${stage.zh}」。 / "${title}" passed ${decision.stage?.name.en ?? ''} and waits for ${stage.en}.`
    case 'request_changes':
      return `${quoted}被退回修改：${decision.comment ?? ''} / "${title}" needs changes: ${decision.comment ?? ''}`
    case 'reassign':
      return `管理员把${quoted}的「${stage.zh}」改派给您。 / An administrator handed you the ${stage.en} of "${title}".`
    default:
      return decision.to === 'scheduled'
        ? `${quoted}已签发，将于 ${decision.publishAt} 定时发布。 / "${title}" is signed off for ${decision.publishAt}.`
        : `${quoted}已签发发布。 / "${title}" is signed off and published.`
  }
}
