import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedColumn } from '../../src/seed/seedColumn'
import { startTestPayload, type TestContext } from './helpers/testPayload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startTestPayload()
  await seedColumn(ctx.payload)
})
afterAll(() => ctx?.close())

type LexicalNode = { type: string; tag?: string; children?: LexicalNode[]; text?: string; value?: unknown }
const textOf = (node: LexicalNode): string => node.text ?? (node.children ?? []).map(textOf).join('')

describe('the seeded column', () => {
  it('serves the project figures the article states, to anonymous readers over REST', async () => {
    const { status, body } = await ctx.rest.get('/projects?limit=100&depth=0')
    expect(status).toBe(200)
    const byName = new Map(body.docs.map((p: { name: string }) => [p.name, p]))
    const expected: [string, number | null, string][] = [
      ['卡嘎镇便民服务中心和特色产品展销中心', 489, 'aid_funds'],
      ['县中学多媒体教学楼', 1300, 'aid_funds'],
      ['昂仁县金满地大酒店', 1100, 'attracted_investment'],
    ]
    for (const [name, investment, fundingType] of expected) {
      expect(byName.get(name), name).toMatchObject({ investment, fundingType })
    }
  })

  it('loads every project figure named in the article exactly', async () => {
    const { docs } = await ctx.payload.find({ collection: 'projects', limit: 100, depth: 0 })
    const figures = Object.fromEntries(docs.map((p) => [p.name, p.investment ?? null]))
    const investments = docs
      .map((p) => p.investment)
      .filter((v): v is number => v != null)
      .sort((a, b) => a - b)
    expect(investments).toEqual(expect.arrayContaining([50, 400, 489, 1100, 1190, 1300, 1640, 2000, 2649]))
    expect(figures['县中学多媒体教学楼']).toBe(1300)
    const sportsGrounds = docs.find((p) => p.investment === 1190)!
    expect(sportsGrounds).toMatchObject({ quantity: 4 })
    expect(sportsGrounds.township).toEqual(expect.arrayContaining(['亚木乡', '日吾乡', '多白乡', '秋窝乡']))
    const villages = docs.find((p) => p.investment === 1640)!
    expect(villages.village).toEqual(['布玛村', '森格岗村'])
    expect(villages.township).toEqual(['卡嘎镇', '秋窝乡'])
    const attracted = docs.filter((p) => p.fundingType === 'attracted_investment').map((p) => p.investment)
    expect(attracted).toEqual(expect.arrayContaining([2000, 1100]))
    expect(docs.every((p) => p._status === 'published')).toBe(true)
  })

  it('loads the eight honors with their levels', async () => {
    const { docs } = await ctx.payload.find({ collection: 'honors', limit: 100, depth: 0 })
    expect(docs).toHaveLength(8)
    const levels = docs.reduce<Record<string, number>>((acc, h) => ({ ...acc, [h.level]: (acc[h.level] ?? 0) + 1 }), {})
    expect(levels).toEqual({ autonomous_region: 1, prefecture: 1, provincial_aid: 3, county: 3 })
    expect(docs.map((h) => h.title)).toContain('西藏自治区脱贫攻坚先进集体')
    expect(docs.every((h) => h.recipient === '淄博市第九批援藏工作组')).toBe(true)
  })

  it('loads the article with its headline, sections, joined paragraphs and captioned photos', async () => {
    const { docs } = await ctx.rest.get('/articles?depth=1').then((r) => r.body)
    expect(docs).toHaveLength(1)
    const article = docs[0]
    expect(article).toMatchObject({
      kicker: '让家乡的“最红战旗”在雪域昂仁高高飘扬',
      title: '淄博市第九批援藏工作组创造昂仁品质打响淄博品牌',
      source: '大众日报淄博融媒体中心',
      bylines: [expect.objectContaining({ role: 'reporter', name: '孙良栋' })],
    })
    expect(article.lead).toMatch(/^青藏高原西南部/)
    expect(article.coverImage.caption).toBe('投资489万元新建成的卡嘎镇便民服务中心和特色产品展销中心')

    const nodes: LexicalNode[] = article.body.root.children
    expect(nodes.filter((n) => n.type === 'heading').map(textOf)).toEqual([
      '夯基助产 高质量发展昂仁经济',
      '民生优先 建设美丽幸福昂仁',
      '不忘初心 确保圆满完成援藏任务',
    ])
    const paragraphs = nodes.filter((n) => n.type === 'paragraph').map(textOf)
    expect(paragraphs.some((p) => p.includes('推进全面脱贫与乡村振兴有效衔接'))).toBe(true)
    expect(paragraphs.some((p) => p.includes('开展医疗义诊活动'))).toBe(true)
    expect(paragraphs.some((p) => p.includes('ACMP温拌改性沥青'))).toBe(true)
    expect(nodes.filter((n) => n.type === 'upload')).toHaveLength(2)
    expect(article.relatedHonors).toHaveLength(8)
  })

  it('stores the column settings with the declared programme totals', async () => {
    const { status, body } = await ctx.rest.get('/globals/column')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      name: '穿越喜马拉雅的守望',
      workGroup: '淄博市第九批援藏工作组',
      declared: {
        projectCount: 47,
        investment: 13200,
        categories: [
          expect.objectContaining({
            category: 'infrastructure',
            projectCount: 19,
            investment: 11600,
            sharePercent: 87.8,
          }),
          expect.objectContaining({ category: 'livelihood', projectCount: 39, investment: 12100, sharePercent: 91.6 }),
        ],
        plans: [expect.objectContaining({ investment: 23400 })],
      },
    })
    expect(textOf(body.editorsNote.root)).toMatch(/^为充分展示淄博市三年来援藏工作成果/)
  })

  it('publishes every record through all the stages of its workflow, each passed by a different system reviewer', async () => {
    const log = async (collection: string, id: number) =>
      (
        await ctx.db.query<{ action: string; stage: string | null; actor_name: string; to: string }>(
          'SELECT action, stage, actor_name, "to" FROM reviews WHERE document_collection = $1 AND document_id = $2 ORDER BY id',
          [collection, id],
        )
      ).map((entry) => ({ action: entry.action, stage: entry.stage, to: entry.to, actor: entry.actor_name }))

    const [article] = await ctx.db.query<{ id: number; sign_off: { name: string; stage: { zh: string } }[] }>(
      'SELECT id, sign_off FROM articles',
    )
    const steps = await log('articles', article!.id)
    expect(steps.map(({ action, stage, to }) => [action, stage, to])).toEqual([
      ['submit', null, 'in_review'],
      ['approve', '初审', 'in_review'],
      ['approve', '复审', 'in_review'],
      ['sign_off', '终审', 'published'],
    ])
    // Three different (system) people passed the three stages: the chain is complete from the start.
    expect(new Set(steps.slice(1).map((step) => step.actor)).size).toBe(3)
    expect(article!.sign_off.map((pass) => pass.stage.zh)).toEqual(['初审', '复审', '终审'])

    for (const collection of ['projects', 'honors']) {
      const rows = await ctx.db.query<{ id: number }>(`SELECT id FROM ${collection} ORDER BY id`)
      expect(rows.length).toBeGreaterThan(0)
      for (const { id } of rows) {
        expect(
          (await log(collection, id)).map(({ action, stage }) => [action, stage]),
          `${collection} ${id}`,
        ).toEqual([
          ['submit', null],
          ['approve', '初审'],
          ['sign_off', '终审'],
        ])
      }
    }
  })

  it('creates the shipped workflows only where none exists', async () => {
    const stages = await ctx.db.query<{ collection: string; names: string[] }>(
      `SELECT w.collection, array_agg(s.name ORDER BY s._order) AS names
         FROM workflows w JOIN workflows_stages s ON s._parent_id = w.id GROUP BY w.collection ORDER BY w.collection::text`,
    )
    expect(stages).toEqual([
      { collection: 'articles', names: ['初审', '复审', '终审'] },
      { collection: 'honors', names: ['初审', '终审'] },
      { collection: 'projects', names: ['初审', '终审'] },
    ])
  })

  it('changes nothing when run a second time', async () => {
    const snapshot = () =>
      ctx.db.query(`
        SELECT (SELECT count(*) FROM articles) AS articles, (SELECT max(updated_at) FROM articles) AS articles_updated,
               (SELECT count(*) FROM _articles_v) AS article_versions,
               (SELECT count(*) FROM projects) AS projects, (SELECT max(updated_at) FROM projects) AS projects_updated,
               (SELECT count(*) FROM _projects_v) AS project_versions,
               (SELECT count(*) FROM honors) AS honors, (SELECT count(*) FROM _honors_v) AS honor_versions,
               (SELECT count(*) FROM media) AS media, (SELECT updated_at FROM "column") AS column_updated`)
    const before = await snapshot()
    const report = await seedColumn(ctx.payload)
    expect(report.created).toEqual({ workflows: 0, media: 0, projects: 0, honors: 0, articles: 0, column: false })
    expect(await snapshot()).toEqual(before)
  })
})
