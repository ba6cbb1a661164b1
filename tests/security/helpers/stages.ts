import { createLocalReq } from 'payload'

import type { User } from '../../../src/payload-types'
import type { EditorialCollection } from '../../../src/workflow/editorialCollections'
import { loadWorkflow } from '../../../src/workflow/payload/loadWorkflow'
import type { StageDefinition } from '../../../src/workflow/stages/definition'
import type { RestResponse } from '../../int/helpers/restClient'
import type { TestContext } from '../../int/helpers/testPayload'
import { TEST_PASSWORD } from '../../int/helpers/users'

/**
 * Fixtures walked through the review stages the way the newsroom walks them: over REST, with real
 * logins, each stage passed by a different person of that stage (初审 责任编辑, 复审 部门主任,
 * 终审 值班总编辑 for the articles; 初审 → 终审 for projects and honors). The suites read or attack
 * what the walk leaves behind; tests/int/threeStageReview.test.ts proves the walk itself.
 */
export interface Person {
  id: number
  email: string
  token: string
  /** The real name the sign-off chain records and the article page prints. */
  realName: string
  roles: User['roles']
}

const CREW_ROLES = {
  editor: ['editor'],
  first: ['first_reviewer'],
  second: ['second_reviewer'],
  final: ['final_reviewer'],
  admin: ['admin'],
} as const satisfies Record<string, User['roles']>

export type CrewMember = keyof typeof CREW_ROLES
/** One writer, one person per stage role and an administrator. */
export type Crew = Record<CrewMember, Person>

/** Who passes a stage: the crew member holding its first role (the shipped stages name one each). */
const MEMBER_OF_ROLE: Record<string, CrewMember> = {
  first_reviewer: 'first',
  second_reviewer: 'second',
  final_reviewer: 'final',
}

let counter = 0

/** A new account with these roles and real name, logged in through REST. */
export async function hire(ctx: TestContext, roles: User['roles'], realName: string): Promise<Person> {
  counter += 1
  const email = `${roles.join('-')}-${counter}-${Date.now()}@security.example`
  const user = await ctx.payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: realName, realName, roles },
  })
  return { id: user.id, email, token: await ctx.rest.login(email, TEST_PASSWORD), realName, roles }
}

/** A whole crew, every name ending in `mark` (甲, 乙…) so an answer shows whose pass it carries. */
export async function hireCrew(ctx: TestContext, mark: string): Promise<Crew> {
  const crew = {} as Crew
  const titles: Record<CrewMember, string> = {
    // Not 编辑: a name must not be part of another (责任编辑甲) for an answer to show whose it is.
    editor: '记者',
    first: '责任编辑',
    second: '部门主任',
    final: '值班总编辑',
    admin: '管理员',
  }
  for (const member of Object.keys(CREW_ROLES) as CrewMember[]) {
    crew[member] = await hire(ctx, [...CREW_ROLES[member]], `${titles[member]}${mark}`)
  }
  return crew
}

/** The stages of a collection's workflow as they stand now. */
export async function stagesOf(ctx: TestContext, collection: EditorialCollection): Promise<readonly StageDefinition[]> {
  return (await loadWorkflow(await createLocalReq({}, ctx.payload), collection)).stages
}

/** The crew member who acts at a stage. */
export const memberFor = (crew: Crew, stage: StageDefinition): Person => {
  const member = stage.roles.map((role) => MEMBER_OF_ROLE[role]).find(Boolean)
  if (!member) throw new Error(`no crew member for the stage ${stage.name.zh} (${stage.roles.join(', ')})`)
  return crew[member]
}

export const workflowStep = (
  ctx: TestContext,
  who: Pick<Person, 'token'> | undefined,
  collection: EditorialCollection,
  id: number,
  action: string,
  extra: Record<string, unknown> = {},
): Promise<RestResponse> =>
  ctx.rest.request('POST', `/${collection}/${id}/workflow`, { json: { action, ...extra }, token: who?.token })

/** A workflow step that must go through: throws with the answer otherwise. */
export async function step(
  ctx: TestContext,
  who: Person,
  collection: EditorialCollection,
  id: number,
  action: string,
  extra: Record<string, unknown> = {},
): Promise<RestResponse> {
  const response = await workflowStep(ctx, who, collection, id, action, extra)
  if (response.status !== 200) {
    throw new Error(
      `${who.realName}: ${action} on ${collection} ${id} answered ${response.status} ${JSON.stringify(response.body)}`,
    )
  }
  return response
}

/** Passes the first `count` stages of the version in review, each by its own crew member. */
export async function passStages(
  ctx: TestContext,
  crew: Crew,
  collection: EditorialCollection,
  id: number,
  count: number,
): Promise<void> {
  for (const stage of (await stagesOf(ctx, collection)).slice(0, count)) {
    await step(ctx, memberFor(crew, stage), collection, id, 'approve')
  }
}

/**
 * Where a fixture is brought. `second_stage` is the second stage of the workflow (复审 for the
 * articles, 终审 for a two-stage one); `last_stage` the release stage, not yet approved there;
 * `approved` waits for release; `scheduled` is published a day ahead; `published` is signed off (签发).
 */
export type Place =
  | 'draft'
  | 'changes_requested'
  | 'first_stage'
  | 'second_stage'
  | 'last_stage'
  | 'approved'
  | 'scheduled'
  | 'published'
  | 'archived'

/**
 * The fixtures the security suites place documents in, and the place each is walked to: the live
 * ones with an edit waiting (`pending_edit` a plain draft, `pending_review` an edit at 复审) are
 * published first, then edited.
 */
export const FIXTURE_PLACES = {
  draft: 'draft',
  in_review: 'first_stage',
  second_review: 'second_stage',
  final_review: 'last_stage',
  changes_requested: 'changes_requested',
  approved: 'approved',
  scheduled: 'scheduled',
  published: 'published',
  archived: 'archived',
  pending_edit: 'published',
  pending_review: 'published',
} as const satisfies Record<string, Place>

export type FixtureState = keyof typeof FIXTURE_PLACES

export const ONE_DAY_AHEAD = () => new Date(Date.now() + 86_400_000).toISOString()

/** Submits a draft (as the crew's editor) and takes it to `place`, every stage by its own person. */
export async function walkTo(
  ctx: TestContext,
  crew: Crew,
  collection: EditorialCollection,
  id: number,
  place: Place,
): Promise<void> {
  if (place === 'draft') return
  const stages = await stagesOf(ctx, collection)
  const release = stages.length - 1
  const releasePerson = memberFor(crew, stages[release])
  await step(ctx, crew.editor, collection, id, 'submit')
  switch (place) {
    case 'changes_requested':
      await step(ctx, memberFor(crew, stages[0]), collection, id, 'request_changes', { comment: '请补充来源' })
      return
    case 'first_stage':
      return
    case 'second_stage':
      return passStages(ctx, crew, collection, id, Math.min(1, release))
    case 'last_stage':
      return passStages(ctx, crew, collection, id, release)
    case 'published':
      await passStages(ctx, crew, collection, id, release)
      await step(ctx, releasePerson, collection, id, 'sign_off')
      return
    default:
  }
  await passStages(ctx, crew, collection, id, stages.length)
  if (place === 'approved') return
  await step(ctx, releasePerson, collection, id, 'publish', place === 'scheduled' ? { publishAt: ONE_DAY_AHEAD() } : {})
  if (place === 'archived') await step(ctx, releasePerson, collection, id, 'unpublish', { comment: '撤下的理由' })
}
