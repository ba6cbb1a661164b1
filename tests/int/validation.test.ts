import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { signIn } from './helpers/users'

let ctx: TestContext
let token: string

beforeAll(async () => {
  ctx = await startTestPayload()
  token = await signIn(ctx, ['editor'])
})
afterAll(() => ctx?.close())

const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])
const validProject = { name: '测试项目', categories: ['infrastructure'], fundingType: 'aid_funds', status: 'planned' }
const validArticle = { title: '测试稿件', body }
const count = async (table: string) =>
  (await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n

type Case = {
  name: string
  collection: 'articles' | 'projects' | 'honors'
  data: Record<string, unknown>
  field: string
}

const badInput: Case[] = [
  { name: 'an article without a title', collection: 'articles', data: { body }, field: 'title' },
  { name: 'an article without a body', collection: 'articles', data: { title: '无正文' }, field: 'body' },
  {
    name: 'a slug with Chinese characters',
    collection: 'articles',
    data: { ...validArticle, slug: '中文别名' },
    field: 'slug',
  },
  {
    name: 'a slug with spaces and capitals',
    collection: 'articles',
    data: { ...validArticle, slug: 'Bad Slug' },
    field: 'slug',
  },
  { name: 'an unknown topic', collection: 'articles', data: { ...validArticle, topics: ['sports'] }, field: 'topics' },
  {
    name: 'a negative investment',
    collection: 'projects',
    data: { ...validProject, investment: -5 },
    field: 'investment',
  },
  {
    name: 'an investment that is not a number',
    collection: 'projects',
    data: { ...validProject, investment: 'lots' },
    field: 'investment',
  },
  {
    name: 'a project without a category',
    collection: 'projects',
    data: { ...validProject, categories: [] },
    field: 'categories',
  },
  {
    name: 'an unknown category',
    collection: 'projects',
    data: { ...validProject, categories: ['space'] },
    field: 'categories',
  },
  {
    name: 'completion before start',
    collection: 'projects',
    data: { ...validProject, startDate: '2021-04-16', completionDate: '2020-11-12' },
    field: 'completionDate',
  },
  { name: 'an impossible year', collection: 'projects', data: { ...validProject, year: 30000 }, field: 'year' },
  {
    name: 'an honor without a level',
    collection: 'honors',
    data: { title: '先进集体', awardedBy: '昂仁县' },
    field: 'level',
  },
  {
    name: 'an unknown honor level',
    collection: 'honors',
    data: { title: '先进集体', awardedBy: '昂仁县', level: 'world' },
    field: 'level',
  },
]

describe('bad input', () => {
  it.each(badInput)(
    'refuses $name with a 400 naming the field, and stores nothing',
    async ({ collection, data, field }) => {
      const before = await count(collection)
      const response = await ctx.rest.post(`/${collection}`, data, token)
      expect(response.status).toBe(400)
      const fields = response.body.errors.flatMap(
        (e: { data?: { errors?: { path: string }[] } }) => e.data?.errors ?? [],
      )
      expect(fields.map((e: { path: string }) => e.path)).toContain(field)
      expect(await count(collection)).toBe(before)
    },
  )

  it('refuses a second article with a slug already in use', async () => {
    const first = await ctx.rest.post('/articles', { ...validArticle, slug: 'same-slug' }, token)
    expect(first.status).toBe(201)
    const before = await count('articles')
    const second = await ctx.rest.post('/articles', { ...validArticle, slug: 'same-slug' }, token)
    expect(second.status).toBe(400)
    expect(await count('articles')).toBe(before)
  })

  it('answers malformed JSON with a 4xx and stores nothing', async () => {
    const before = await count('articles')
    const response = await ctx.rest.request('POST', '/articles', {
      body: '{"title": "broken',
      headers: { 'Content-Type': 'application/json' },
      token,
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await count('articles')).toBe(before)
  })
})

describe('defaults', () => {
  it('generates a readable ASCII slug from a Chinese title, unique on collision', async () => {
    const a = await ctx.rest.post('/articles', { title: '雪域昂仁', body }, token)
    const b = await ctx.rest.post('/articles', { title: '雪域昂仁', body }, token)
    expect(a.body.doc.slug).toBe('xue-yu-ang-ren')
    expect(b.body.doc.slug).toBe('xue-yu-ang-ren-2')
  })

  it('fills source and recipient with the column defaults', async () => {
    const article = await ctx.rest.post('/articles', { title: '默认来源', body }, token)
    expect(article.body.doc.source).toBe('大众日报淄博融媒体中心')
    const honor = await ctx.rest.post('/honors', { title: '先进集体', awardedBy: '昂仁县', level: 'county' }, token)
    expect(honor.status).toBe(201)
    expect(honor.body.doc.recipient).toBe('淄博市第九批援藏工作组')
  })

  it('keeps decimal investments in 万元 exactly', async () => {
    const response = await ctx.rest.post('/projects', { ...validProject, investment: 1234.56 }, token)
    expect(response.status).toBe(201)
    const [row] = await ctx.db.query<{ investment: string }>('SELECT investment FROM projects WHERE id = $1', [
      response.body.doc.id,
    ])
    expect(Number(row.investment)).toBe(1234.56)
  })
})
