import { describe, expect, it } from 'vitest'

import { REVIEWER_ROLES } from '../../../src/access/roles'
import { EDITORIAL_COLLECTIONS } from '../../../src/workflow/editorialCollections'
import {
  firstStage,
  MAX_STAGE_NAME_LENGTH,
  MAX_STAGES,
  releaseStage,
  validateDefinition,
  type DefinitionProblem,
  type StageDefinition,
} from '../../../src/workflow/stages/definition'
import { DEFAULT_WORKFLOWS } from '../../../src/workflow/stages/defaultWorkflows'
import { ONE, THREE, TWO } from './fixtures'

const stage = (zh: string, overrides: Partial<StageDefinition> = {}): Partial<StageDefinition> => ({
  key: `k-${zh}`,
  name: { zh, en: zh },
  roles: ['first_reviewer'],
  commentRequired: false,
  release: false,
  printedAs: '',
  ...overrides,
})
const release = (zh: string, overrides: Partial<StageDefinition> = {}) =>
  stage(zh, { roles: ['final_reviewer'], release: true, ...overrides })

/** Where each problem is and what it says, as the admin shows it: "中文 / English". */
const shown = (problems: DefinitionProblem[]) =>
  problems.map((p) => ({ stage: p.stage, field: p.field, text: `${p.message.zh} / ${p.message.en}` }))

describe('validateDefinition', () => {
  it('passes the shipped defaults and the test definitions of 1, 2 and 3 stages', () => {
    for (const collection of EDITORIAL_COLLECTIONS)
      expect(validateDefinition(DEFAULT_WORKFLOWS[collection])).toEqual([])
    for (const workflow of [ONE, TWO, THREE]) expect(validateDefinition(workflow)).toEqual([])
    expect(validateDefinition({ stages: [release('签发')] })).toEqual([])
    expect(
      validateDefinition({
        stages: Array.from({ length: MAX_STAGES - 1 }, (_, i) => stage(`第${i}审`)).concat(release('终审')),
      }),
    ).toEqual([])
  })

  it.each([
    ['no stages', []],
    ['stages null', null],
    ['stages missing', undefined],
  ])('refuses %s: a workflow needs a stage', (_case, stages) => {
    expect(shown(validateDefinition({ stages: stages as [] }))).toEqual([
      {
        stage: undefined,
        field: undefined,
        text: '流程至少需要一个审核阶段。 / A workflow needs at least one review stage.',
      },
    ])
  })

  it.each([
    ['missing', undefined],
    ['empty', { zh: '', en: 'First' }],
    ['blank', { zh: '  　', en: 'First' }],
    ['not text', { zh: 42, en: 'x' }],
  ])('refuses a stage whose Chinese name is %s', (_case, name) => {
    const problems = validateDefinition({
      stages: [stage('初审', { name: name as StageDefinition['name'] }), release('终审')],
    })
    expect(shown(problems)).toEqual([
      {
        stage: 0,
        field: 'name',
        text: '第 1 个阶段需要中文名称（如“初审”）。 / Stage 1 needs a Chinese name (such as 初审).',
      },
    ])
  })

  it('refuses a name longer than the admin can show', () => {
    const long = '审'.repeat(MAX_STAGE_NAME_LENGTH + 1)
    expect(validateDefinition({ stages: [stage('审'.repeat(MAX_STAGE_NAME_LENGTH)), release('终审')] })).toEqual([])
    expect(shown(validateDefinition({ stages: [stage(long), release('终审')] }))).toEqual([
      {
        stage: 0,
        field: 'name',
        text: `第 1 个阶段的名称最多 ${MAX_STAGE_NAME_LENGTH} 字。 / Stage 1's name may have at most ${MAX_STAGE_NAME_LENGTH} characters.`,
      },
    ])
  })

  it('refuses two stages of the same name, even with spaces around one', () => {
    const problems = validateDefinition({ stages: [stage('初审'), stage(' 初审 ', { key: 'other' }), release('终审')] })
    expect(shown(problems)).toEqual([
      {
        stage: 1,
        field: 'name',
        text: '阶段名称“初审”重复了，每个阶段需要不同的名称。 / The stage name “初审” is used twice; each stage needs its own name.',
      },
    ])
  })

  it.each([
    ['no roles', []],
    ['roles missing', undefined],
    ['roles that are no stage role', ['editor', 'admin', 'reviewer', 'Final_reviewer']],
    ['roles not a list', 'first_reviewer'],
  ])('refuses a stage with %s', (_case, roles) => {
    const problems = validateDefinition({
      stages: [stage('初审', { roles: roles as StageDefinition['roles'] }), release('终审')],
    })
    expect(shown(problems)).toEqual([
      {
        stage: 0,
        field: 'roles',
        text: '第 1 个阶段（初审）需要指定由哪个角色审核。 / Stage 1 (初审) needs a role that acts at it.',
      },
    ])
  })

  it('names an unnamed stage without a role as unnamed', () => {
    const problems = validateDefinition({ stages: [release('', { roles: [] })] })
    expect(problems.map((p) => p.field)).toEqual(['name', 'roles'])
    expect(problems[1].message).toEqual({
      zh: '第 1 个阶段（未命名）需要指定由哪个角色审核。',
      en: 'Stage 1 (unnamed) needs a role that acts at it.',
    })
  })

  it('accepts every stage role', () => {
    for (const role of REVIEWER_ROLES)
      expect(validateDefinition({ stages: [release('终审', { roles: [role] })] })).toEqual([])
  })

  it('refuses a workflow without a release stage', () => {
    expect(shown(validateDefinition({ stages: [stage('初审'), stage('复审')] }))).toEqual([
      {
        stage: 1,
        field: 'release',
        text: '需要指定签发阶段：请在最后一个阶段勾选“签发”。 / Mark the release stage: tick “Release” on the last stage.',
      },
    ])
  })

  it('refuses two release stages', () => {
    expect(shown(validateDefinition({ stages: [release('初审'), release('终审')] }))).toEqual([
      { stage: 0, field: 'release', text: '只能有一个签发阶段。 / Only one stage can be the release stage.' },
    ])
  })

  it('refuses a release stage that is not the last', () => {
    expect(shown(validateDefinition({ stages: [stage('初审'), release('终审'), stage('复审')] }))).toEqual([
      {
        stage: 1,
        field: 'release',
        text:
          '签发阶段必须是最后一个阶段：签发之后的阶段永远不会被执行。 / ' +
          'The release stage must be the last: a stage after the release would never be reached.',
      },
    ])
  })

  it('refuses more stages than the newsroom can use', () => {
    const stages = Array.from({ length: MAX_STAGES }, (_, i) => stage(`第${i}审`)).concat(release('终审'))
    expect(shown(validateDefinition({ stages }))).toEqual([
      {
        stage: undefined,
        field: undefined,
        text: `流程最多 ${MAX_STAGES} 个审核阶段，当前 ${MAX_STAGES + 1} 个。 / A workflow may have at most ${MAX_STAGES} stages; this one has ${MAX_STAGES + 1}.`,
      },
    ])
  })

  it('lists every problem at once, each in Chinese and English', () => {
    const problems = validateDefinition({ stages: [stage(''), stage('复审', { roles: [] }), stage('复审')] })
    expect(problems.map((p) => [p.stage, p.field])).toEqual([
      [0, 'name'],
      [1, 'roles'],
      [2, 'name'],
      [2, 'release'],
    ])
    for (const { message } of problems) {
      expect(message.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(message.en).toMatch(/^[A-Z]/)
      expect(message.en).not.toMatch(/[\u4e00-\u9fff]{3}/) // English, naming a stage at most
    }
  })
})

describe('firstStage and releaseStage', () => {
  it('find the first stage and the stage marked for release', () => {
    expect(firstStage(THREE)?.key).toBe('articles-first')
    expect(releaseStage(THREE)?.key).toBe('articles-final')
    expect(firstStage(ONE)).toBe(releaseStage(ONE))
  })

  it('take the last stage as the release of a definition that marks none, and nothing of an empty one', () => {
    const unmarked = { stages: THREE.stages.map((s) => ({ ...s, release: false })) }
    expect(releaseStage(unmarked)?.key).toBe('articles-final')
    expect(firstStage({ stages: [] })).toBeUndefined()
    expect(releaseStage({ stages: [] })).toBeUndefined()
  })
})

describe('the shipped workflows', () => {
  const summary = (collection: keyof typeof DEFAULT_WORKFLOWS) =>
    DEFAULT_WORKFLOWS[collection].stages.map((s) => [s.name.zh, s.roles.join('+'), s.release, s.printedAs])

  it('run the articles through 三审: 初审 → 复审 → 终审 (签发), printing 责任编辑 and 签发', () => {
    expect(summary('articles')).toEqual([
      ['初审', 'first_reviewer', false, '责任编辑'],
      ['复审', 'second_reviewer', false, ''],
      ['终审', 'final_reviewer', true, '签发'],
    ])
  })

  it('read projects and honors twice: 初审 → 终审', () => {
    for (const collection of ['projects', 'honors'] as const) {
      expect(summary(collection)).toEqual([
        ['初审', 'first_reviewer', false, ''],
        ['终审', 'final_reviewer', true, ''],
      ])
    }
  })

  it('give every stage a key of its own, so documents can name the stage they sit at', () => {
    const keys = Object.values(DEFAULT_WORKFLOWS).flatMap((w) => w.stages.map((s) => s.key))
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(key).toMatch(/^[a-z]+-[a-z]+$/)
  })

  it('cover every editorial collection', () => {
    expect(Object.keys(DEFAULT_WORKFLOWS).sort()).toEqual([...EDITORIAL_COLLECTIONS].sort())
  })
})
