/**
 * The whole library over the real column article and the records the seed makes from it (built
 * here with the seed's pure extractors, mapped to the shapes Payload stores): every figure the
 * article prints agrees with the records, the article's real slips are found, and a changed
 * figure anywhere is caught.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildArticleText, checkArticle, type ArticlePartInput, type CheckInput } from '../../../src/review-checks'
import { extractDeclaredTotals } from '../../../src/seed/extractDeclaredTotals'
import { extractHonors } from '../../../src/seed/extractHonors'
import { extractProjects } from '../../../src/seed/extractProjects'
import { parseColumnArticle } from '../../../src/seed/parseColumnArticle'
import { PROJECT_CATEGORIES, valueOf } from '../../../src/vocabulary'
import { expectValidOffsets } from './helpers'

const raw = readFileSync(new URL('../../../src/seed/column-article.txt', import.meta.url), 'utf8')
const parsed = parseColumnArticle(raw)
const { article } = parsed

/** The blocks in the order the admin integration extracts them from an Article document. */
const blocks: ArticlePartInput[] = [
  { kind: 'kicker', text: article.kicker },
  { kind: 'title', text: article.title },
  ...(article.subtitle ? [{ kind: 'subtitle' as const, text: article.subtitle }] : []),
  { kind: 'lead', text: article.lead },
  { kind: 'caption', text: article.coverCaption },
  ...article.sections.flatMap(({ heading, blocks: body }): ArticlePartInput[] => [
    { kind: 'heading', text: heading },
    ...body.map((b): ArticlePartInput =>
      b.type === 'paragraph' ? { kind: 'paragraph', text: b.text } : { kind: 'caption', text: b.caption },
    ),
  ]),
  { kind: 'byline', text: `${article.byline.source}${article.byline.role} ${article.byline.name}` },
]
const { text, parts } = buildArticleText(blocks)

const category = (zh: string) => valueOf(PROJECT_CATEGORIES, zh)
const totals = extractDeclaredTotals(parsed)
const records: Omit<CheckInput, 'text'> = {
  projects: extractProjects(parsed).map((p, i) => ({
    id: i + 1,
    name: p.name,
    slug: p.slug,
    investment: p.investment,
    categories: p.categories.map(category),
    township: p.townships,
    village: p.villages,
    quantity: p.quantity,
    quantityUnit: p.quantityUnit,
  })),
  honors: extractHonors(parsed).map((h, i) => ({ id: i + 1, title: h.title, awardedBy: h.awardedBy })),
  column: {
    workGroupSize: totals.workGroupSize,
    aidPeriod: { start: `${totals.aidPeriod.start}-01`, end: `${totals.aidPeriod.end}-01` },
    declared: {
      projectCount: totals.projectCount,
      investment: totals.investment,
      categories: totals.categories.map((c) => ({ ...c, category: category(c.category) })),
      batches: totals.batches.map((b) => ({ ...b, category: category(b.category) })),
      plans: [totals.plan],
    },
  },
}

const check = (t: string = text) => checkArticle({ text: t, parts, ...records })

describe('the column article against its seeded records', () => {
  const findings = check()

  it('keeps the offset invariant', () => {
    expectValidOffsets(text, findings)
  })

  it('finds no error: every figure agrees with the records and the declared totals', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
  })

  it('finds the real slips and nothing else but the half-width marks', () => {
    const rest = findings
      .filter((f) => f.rule !== 'half-width-punctuation')
      .map((f) => [f.rule, f.severity, f.excerpt, f.suggestion, f.part?.kind])
    expect(rest).toEqual([
      ['dates-are-valid', 'warning', '2021年4月16', '2021年4月16日', 'paragraph'],
      ['traditional-characters', 'warning', '學', '学', 'paragraph'],
      // A sum of donations, deliberately not a project record (see projectMapping.ts).
      ['amounts-match-records', 'info', '600余万元', undefined, 'paragraph'],
    ])
  })

  it('flags every ASCII comma, semicolon and parenthesis of the article (it uses them throughout)', () => {
    const marks = findings.filter((f) => f.rule === 'half-width-punctuation')
    expect(marks.length).toBe([...text.matchAll(/[,;()]/g)].length)
    expect(new Set(marks.map((f) => f.suggestion))).toEqual(new Set(['，', '；', '（', '）']))
  })

  it.each([
    ['投资489万元新建成', '投资498万元新建成', '498万元', '卡嘎镇便民服务中心和特色产品展销中心'],
    ['投资1.32亿元', '投资1.35亿元', '1.35亿元', '对口支援项目总数与总投资'],
    ['总投资1.16亿元', '总投资1.19亿元', '1.19亿元', '基础设施类项目'],
    ['总投资4199万元', '总投资4219万元', '4219万元', '2020年基建类项目'],
    ['策划投资7430万元', '策划投资7340万元', '7340万元', '2021年、2022年基建类项目'],
    ['总投资达2.34亿元', '总投资达2.43亿元', '2.43亿元', '“十四五”援藏规划'],
    ['投资400万元', '投资450万元', '450万元', '蔬菜大棚'],
    ['投资2000万元藏鸡', '投资2500万元藏鸡', '2500万元', '藏鸡规模化养殖场'],
    ['投资1100万元', '投资1000万元', '1000万元', '昂仁县金满地大酒店'],
    ['投资1300万元', '投资1350万元', '1350万元', '县中学多媒体教学楼'],
    ['投资1190万元', '投资1290万元', '1290万元', '农区乡镇小学运动场'],
    ['出资50万元', '出资60万元', '60万元', '县育才教育基金'],
    ['投资1640万元', '投资1604万元', '1604万元', '鲁藏百村幸福家园'],
    ['投资2649万元', '投资2694万元', '2694万元', '县农牧民综合服务中心和农区乡镇农牧民综合服务站'],
    ['对口支援项目47个', '对口支援项目46个', '46个', '对口支援项目总数与总投资'],
    ['基础设施类项目19个', '基础设施类项目18个', '18个', '基础设施类项目'],
    ['民生类项目39个', '民生类项目36个', '36个', '民生类项目'],
    ['的9个基建类项目', '的8个基建类项目', '8个', '2020年基建类项目'],
    ['运动场4处', '运动场5处', '5处', '农区乡镇小学运动场'],
    ['建设10个蔬菜大棚', '建设12个蔬菜大棚', '12个', '蔬菜大棚'],
    ['50名先心病患儿', '60名先心病患儿', '60名', '中小学生先心病筛查与免费手术救治'],
    ['10类30批次', '10类20批次', '20批次', '淄博与昂仁两地交流培训项目'],
    ['“工作组”)8名', '“工作组”)9名', '9名', '援藏工作组人数'],
    ['占比91.6%', '占比93.6%', '93.6%', undefined],
    ['日喀则市“民族团结进步模范集体”', '日喀则市“民族团结模范集体”', '民族团结模范集体', '民族团结进步模范集体'],
  ])('catches a changed figure: %s → %s', (original, changed, excerpt, name) => {
    expect(text.split(original)).toHaveLength(2)
    const errors = check(text.replace(original, changed)).filter((f) => f.severity === 'error')
    // A changed total or category amount also makes the shares computed from it disagree.
    const figureErrors = errors.filter((f) => f.rule !== 'shares-add-up' || f.excerpt === excerpt)
    expect(figureErrors).toHaveLength(1)
    expect(figureErrors[0]).toMatchObject({ excerpt, ...(name ? { record: { name } } : {}) })
  })

  it('catches an impossible date and a date outside the aid period', () => {
    const changed = check(text.replace('当年11月12日', '当年2月30日').replace('从2019年7月至今', '从2018年7月至今'))
    expect(changed.filter((f) => f.rule === 'dates-are-valid').map((f) => [f.severity, f.excerpt])).toEqual([
      ['warning', '2018年7月'],
      ['warning', '2021年4月16'],
      ['error', '2月30日'],
    ])
  })
})

describe('the article as exported from the layout (one block per line)', () => {
  it('finds the four paragraphs the layout broke mid-sentence', () => {
    const headings = new Set(article.sections.map((s) => s.heading))
    const captions = new Set(parsed.captions)
    const lines = raw
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
    const kindOf = (line: string, i: number): ArticlePartInput['kind'] => {
      if (i === lines.length - 1) return 'byline'
      if (line === article.kicker) return 'kicker'
      if (line === article.title || line === parsed.column.name) return 'title'
      if (line.startsWith('——') || line === '编者按') return 'subtitle'
      if (headings.has(line)) return 'heading'
      return captions.has(line) ? 'caption' : 'paragraph'
    }
    const layout = buildArticleText(lines.map((line, i) => ({ kind: kindOf(line, i), text: line })))
    const findings = checkArticle({ ...layout, ...records }, { only: ['broken-lines'] })
    expectValidOffsets(layout.text, findings)
    expect(findings.map((f) => f.suggestion)).toEqual([
      '全面脱贫与乡村振兴有效衔接。以“',
      'ACMP温拌改性沥青和智洋创新高',
      ';开展医疗义诊活动,联合“组团式',
      ',按照市委市政府“六大赋能行动”',
    ])
  })
})
