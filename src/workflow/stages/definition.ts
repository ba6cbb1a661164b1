import { REVIEWER_ROLES, type ReviewerRole } from '@/access/roles'

import type { Label } from '../states'

/**
 * A workflow as data: the ordered review stages one editorial collection passes (三审 for the
 * articles). Administrators edit it in the admin (the `workflows` collection); the rules of this
 * module take it as input and never assume how many stages there are.
 */
// Types, not interfaces: they are stored as JSON, whose type takes only index-signature shapes.
export type StageDefinition = {
  /** Stable across edits of the definition: a document records the stage it sits at by this key. */
  key: string
  /** 初审 / First review. */
  name: Label
  /** Who may act at this stage (admins may act at every stage). */
  roles: readonly ReviewerRole[]
  /** Whether approving at this stage needs a written opinion. */
  commentRequired: boolean
  /** The release stage (签发): approving there makes the version ready to publish. Always the last. */
  release: boolean
  /**
   * The title the newspaper prints before the name of whoever passed this stage at the end of the
   * published story (责任编辑, 签发); empty when the stage is not printed.
   */
  printedAs: string
}

export type WorkflowDefinition = {
  stages: readonly StageDefinition[]
}

/** The stage a document enters when it is submitted. */
export const firstStage = (workflow: WorkflowDefinition): StageDefinition | undefined => workflow.stages[0]

/** The release stage: the one marked so, or else the last (a definition that failed validation). */
export const releaseStage = (workflow: WorkflowDefinition): StageDefinition | undefined =>
  workflow.stages.find((stage) => stage.release) ?? workflow.stages[workflow.stages.length - 1]

export const MAX_STAGES = 8
export const MAX_STAGE_NAME_LENGTH = 20

export interface DefinitionProblem {
  /** Which stage the problem is about (0-based), absent for the whole definition. */
  stage?: number
  field?: keyof StageDefinition
  message: Label
}

const isReviewerRole = (value: unknown): value is ReviewerRole =>
  typeof value === 'string' && (REVIEWER_ROLES as readonly string[]).includes(value)

/**
 * Everything wrong with a definition an administrator saved, in words they can act on. An empty
 * list means the definition can run: at least one stage, each with a name and a role, and exactly
 * one release stage, the last (a stage after the release could never be reached).
 */
export function validateDefinition(workflow: {
  stages?: readonly Partial<StageDefinition>[] | null
}): DefinitionProblem[] {
  const stages = workflow.stages ?? []
  const problems: DefinitionProblem[] = []
  if (stages.length === 0) {
    problems.push({
      message: {
        zh: '流程至少需要一个审核阶段。',
        en: 'A workflow needs at least one review stage.',
      },
    })
    return problems
  }
  if (stages.length > MAX_STAGES) {
    problems.push({
      message: {
        zh: `流程最多 ${MAX_STAGES} 个审核阶段，当前 ${stages.length} 个。`,
        en: `A workflow may have at most ${MAX_STAGES} stages; this one has ${stages.length}.`,
      },
    })
  }
  const names = new Set<string>()
  stages.forEach((stage, index) => {
    const at = { zh: `第 ${index + 1} 个阶段`, en: `Stage ${index + 1}` }
    const name = typeof stage.name?.zh === 'string' ? stage.name.zh.trim() : ''
    if (name === '') {
      problems.push({
        stage: index,
        field: 'name',
        message: { zh: `${at.zh}需要中文名称（如“初审”）。`, en: `${at.en} needs a Chinese name (such as 初审).` },
      })
    } else if ([...name].length > MAX_STAGE_NAME_LENGTH) {
      problems.push({
        stage: index,
        field: 'name',
        message: {
          zh: `${at.zh}的名称最多 ${MAX_STAGE_NAME_LENGTH} 字。`,
          en: `${at.en}'s name may have at most ${MAX_STAGE_NAME_LENGTH} characters.`,
        },
      })
    } else if (names.has(name)) {
      problems.push({
        stage: index,
        field: 'name',
        message: {
          zh: `阶段名称“${name}”重复了，每个阶段需要不同的名称。`,
          en: `The stage name “${name}” is used twice; each stage needs its own name.`,
        },
      })
    } else names.add(name)
    const roles = Array.isArray(stage.roles) ? stage.roles.filter(isReviewerRole) : []
    if (roles.length === 0) {
      problems.push({
        stage: index,
        field: 'roles',
        message: {
          zh: `${at.zh}（${name || '未命名'}）需要指定由哪个角色审核。`,
          en: `${at.en} (${name || 'unnamed'}) needs a role that acts at it.`,
        },
      })
    }
  })
  const releases = stages.flatMap((stage, index) => (stage.release ? [index] : []))
  // Each problem names the checkbox to tick or untick, so the admin shows it beside that stage.
  if (releases.length === 0) {
    problems.push({
      stage: stages.length - 1,
      field: 'release',
      message: {
        zh: '需要指定签发阶段：请在最后一个阶段勾选“签发”。',
        en: 'Mark the release stage: tick “Release” on the last stage.',
      },
    })
  } else if (releases.length > 1) {
    problems.push({
      stage: releases[0],
      field: 'release',
      message: { zh: '只能有一个签发阶段。', en: 'Only one stage can be the release stage.' },
    })
  } else if (releases[0] !== stages.length - 1) {
    problems.push({
      stage: releases[0],
      field: 'release',
      message: {
        zh: '签发阶段必须是最后一个阶段：签发之后的阶段永远不会被执行。',
        en: 'The release stage must be the last: a stage after the release would never be reached.',
      },
    })
  }
  return problems
}
