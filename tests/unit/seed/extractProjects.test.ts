import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractProjects, type SeedProject } from '../../../src/seed/extractProjects'
import { parseColumnArticle } from '../../../src/seed/parseColumnArticle'
import { PROJECT_MAPPING } from '../../../src/seed/projectMapping'

const raw = readFileSync(new URL('../../../src/seed/column-article.txt', import.meta.url), 'utf8')
const parsed = parseColumnArticle(raw)
const projects = extractProjects(parsed)
const bySlug = new Map(projects.map((p) => [p.slug, p]))
const project = (slug: string): SeedProject => {
  const found = bySlug.get(slug)
  if (!found) throw new Error(`no project ${slug}`)
  return found
}

describe('extractProjects on the column article', () => {
  it('yields one project per mapping entry with unique URL-safe slugs', () => {
    expect(projects).toHaveLength(PROJECT_MAPPING.length)
    expect(new Set(projects.map((p) => p.slug)).size).toBe(projects.length)
    for (const p of projects) expect(p.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it.each([
    // slug, name, investment (万元), fundingType, townships, villages, quantity, unit
    ['kaga-service-centre', '卡嘎镇便民服务中心和特色产品展销中心', 489, '援藏资金', ['卡嘎镇'], [], null, null],
    ['county-middle-school-teaching-building', '县中学多媒体教学楼', 1300, '援藏资金', [], [], null, null],
    [
      'township-primary-school-sports-grounds',
      '农区乡镇小学运动场',
      1190,
      '援藏资金',
      ['亚木乡', '日吾乡', '多白乡', '秋窝乡'],
      [],
      4,
      '处',
    ],
    [
      'lucang-hundred-villages',
      '鲁藏百村幸福家园',
      1640,
      '援藏资金',
      ['卡嘎镇', '秋窝乡'],
      ['布玛村', '森格岗村'],
      null,
      null,
    ],
    [
      'farmer-herder-service-centres',
      '县农牧民综合服务中心和农区乡镇农牧民综合服务站',
      2649,
      '援藏资金',
      ['达居乡', '秋窝乡'],
      [],
      null,
      null,
    ],
    ['vegetable-greenhouses', '蔬菜大棚', 400, '援藏资金', [], [], 10, '个'],
    ['tibetan-chicken-farm', '藏鸡规模化养殖场', 2000, '引进投资', [], [], null, null],
    ['jinmandi-hotel', '昂仁县金满地大酒店', 1100, '引进投资', [], [], null, null],
    ['acmp-warm-mix-asphalt', 'ACMP温拌改性沥青项目', null, '引进投资', [], [], null, null],
    ['zhiyang-digital-rd-centre', '智洋创新高海拔地区数字技术研发中心', null, '引进投资', [], [], null, null],
    ['yucai-education-fund', '县育才教育基金', 50, '援藏资金', [], [], null, null],
    ['congenital-heart-disease-screening', '中小学生先心病筛查与免费手术救治', null, '援藏资金', [], [], 50, '名'],
    ['zibo-angren-exchange-training', '淄博与昂仁两地交流培训项目', null, '援藏资金', [], [], 30, '批次'],
  ] as const)('%s', (slug, name, investment, fundingType, townships, villages, quantity, quantityUnit) => {
    expect(project(slug)).toMatchObject({
      name,
      investment,
      fundingType,
      townships,
      villages,
      quantity,
      quantityUnit,
    })
  })

  it('takes every summary verbatim from the article', () => {
    const texts = [
      parsed.article.coverCaption,
      parsed.article.lead,
      ...parsed.article.sections.flatMap((s) => s.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.caption))),
    ]
    for (const p of projects) expect(texts.some((t) => t.includes(p.summary))).toBe(true)
  })

  it('reads the enclave projects from the re-joined paragraph', () => {
    expect(project('acmp-warm-mix-asphalt').summary).toBe(
      '探索“飞地模式”,引资建设ACMP温拌改性沥青和智洋创新高海拔地区数字技术研发中心2个项目',
    )
  })

  it('categorises the judgement calls', () => {
    expect(project('county-middle-school-teaching-building').categories).toContain('教育类')
    expect(project('tibetan-chicken-farm').categories).toEqual(['招商引资类', '产业类'])
    expect(project('kaga-service-centre').status).toBe('已竣工')
    const used = new Set(projects.flatMap((p) => p.categories))
    for (const c of ['基础设施类', '民生类', '产业类', '教育类', '医疗卫生类', '文化交流类', '招商引资类'])
      expect(used).toContain(c)
  })

  it('adds up the stated amounts of the aid-funded projects it knows', () => {
    const aid = projects.filter((p) => p.fundingType === '援藏资金' && p.investment !== null)
    expect(aid.reduce((sum, p) => sum + (p.investment ?? 0), 0)).toBe(489 + 1300 + 1190 + 1640 + 2649 + 400 + 50)
  })
})

describe('extractProjects when the article changes', () => {
  it('throws when an anchor no longer matches', () => {
    const changed = parseColumnArticle(raw.replace('新建县中学多媒体教学楼', '新建县中学综合楼'))
    expect(() => extractProjects(changed)).toThrow(/county-middle-school-teaching-building.*no longer matches/u)
  })

  it('follows a changed figure instead of keeping a typed-in one', () => {
    const changed = parseColumnArticle(raw.replace('投资1300万元新建县中学', '投资1350万元新建县中学'))
    expect(extractProjects(changed).find((p) => p.slug === 'county-middle-school-teaching-building')?.investment).toBe(
      1350,
    )
  })

  it('throws on an ambiguous anchor or a duplicated slug', () => {
    const entry = PROJECT_MAPPING[0]
    if (!entry) throw new Error('empty mapping')
    expect(() => extractProjects(parsed, [{ ...entry, anchor: /工作组/u }])).toThrow(/matches \d+ places/u)
    expect(() => extractProjects(parsed, [entry, entry])).toThrow(/mapped twice/u)
  })
})
