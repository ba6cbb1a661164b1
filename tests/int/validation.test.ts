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

/**
 * Rich text a client can send that has Lexical's shape (src/lexical/lexicalProblem.ts lets it
 * through) but breaks the editor's rules, which Payload checks in `validate`: skipped for drafts.
 */
const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const element = { direction: 'ltr', format: '', indent: 0, version: 1 }
const bodyOf = (...children: unknown[]) => ({ root: { ...element, type: 'root', children } })
const paragraph = (value: string) => ({ ...element, type: 'paragraph', textFormat: 0, children: [text(value)] })
const listOf = (tag: string, value: unknown) => ({
  ...element,
  type: 'list',
  listType: 'number',
  tag,
  start: 1,
  children: [{ ...element, type: 'listitem', value, children: [text('第一项')] }],
})
const upload = (relationTo: string, value: unknown) => ({
  type: 'upload',
  version: 3,
  format: '',
  id: '65f1c0ffee0000000000abcd',
  fields: null,
  relationTo,
  value,
})

const invalidRichText: { name: string; body: unknown; problem: RegExp }[] = [
  {
    name: 'a heading whose tag is a script',
    body: bodyOf({ ...element, type: 'heading', tag: '<script>alert(1)</script>', children: [text('标题')] }),
    problem: /heading.*Heading tag must be one of/,
  },
  {
    name: 'a heading of a level the editor does not have',
    body: bodyOf({ ...element, type: 'heading', tag: 'h7', children: [text('标题')] }),
    problem: /Heading tag must be one of/,
  },
  {
    name: 'a list item whose value is not a number',
    body: bodyOf(listOf('ol', '1<script>')),
    problem: /listitem.*List item value must be a finite number/,
  },
  {
    name: 'a list whose tag is a script',
    body: bodyOf(listOf('script', 1)),
    problem: /List tag must be one of ol, ul/,
  },
  {
    name: 'an image node pointing at the user accounts',
    body: bodyOf(paragraph('正文'), upload('users', 1)),
    problem: /upload node failed to validate/,
  },
  {
    name: 'an image node whose id is not an id',
    body: bodyOf(paragraph('正文'), upload('media', 'x" onerror="alert(1)')),
    problem: /upload node failed to validate/,
  },
]

const articleRows = async () => ({ articles: await count('articles'), versions: await count('_articles_v') })
const fieldErrors = (body: { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((e) => e.data?.errors ?? [])

describe('drafts keep to the rich-text rules publishing applies', () => {
  it.each(invalidRichText)('refuses $name when validated (as publishing is)', async ({ body: invalid, problem }) => {
    const before = await articleRows()
    const response = await ctx.rest.post('/articles', { title: '发布校验', body: invalid }, token)
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).find((e) => e.path === 'body')?.message).toMatch(problem)
    expect(await articleRows()).toEqual(before)
  })

  it.each(invalidRichText)(
    'refuses $name as a draft too, with a 400 naming it, and writes nothing',
    async ({ body: invalid, problem }) => {
      const before = await articleRows()
      const response = await ctx.rest.post('/articles?draft=true', { title: '草稿校验', body: invalid }, token)
      expect(response.status).toBe(400)
      const error = fieldErrors(response.body).find((e) => e.path === 'body')
      expect(error?.message).toMatch(problem)
      expect(error?.message).toMatch(/草稿可以不完整，但不能含无效内容/)
      expect(await articleRows()).toEqual(before)
    },
  )

  it.each(invalidRichText)(
    'answers an autosave of $name with the error and keeps the saved draft',
    async ({ body: invalid, problem }) => {
      const created = await ctx.rest.post('/articles?draft=true', { title: '自动保存', body }, token)
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const before = await ctx.db.query('SELECT id, version_body, updated_at FROM _articles_v WHERE parent_id = $1', [
        id,
      ])
      // Exactly what the admin's autosave sends every 3 s (src/collections/shared/editorial.ts).
      const response = await ctx.rest.patch(
        `/articles/${id}?autosave=true&depth=0&draft=true&fallback-locale=null&locale=zh`,
        { title: '自动保存', body: invalid, _status: 'draft' },
        token,
      )
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(/body|正文/)
      expect(fieldErrors(response.body).find((e) => e.path === 'body')?.message).toMatch(problem)
      expect(
        await ctx.db.query('SELECT id, version_body, updated_at FROM _articles_v WHERE parent_id = $1', [id]),
      ).toEqual(before)
    },
  )

  it('refuses the same through the Local API and GraphQL drafts', async () => {
    const before = await articleRows()
    const [first] = invalidRichText
    await expect(
      ctx.payload.create({
        collection: 'articles',
        data: { title: '本地草稿', body: first.body as never },
        draft: true,
      }),
    ).rejects.toMatchObject({ status: 400 })
    const response = await ctx.rest.request('POST', '/graphql', {
      json: {
        query:
          'mutation ($body: JSON!) { createArticle(draft: true, data: { title: "图形草稿", body: $body }) { id } }',
        variables: { body: first.body },
      },
      token,
    })
    expect(response.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(JSON.stringify(response.body.errors)).toMatch(
      /草稿可以不完整，但不能含无效内容：heading node failed to validate/,
    )
    expect(response.body.data?.createArticle ?? null).toBeNull()
    expect(await articleRows()).toEqual(before)
  })

  it('still accepts incomplete drafts: no title, no body, an empty body, a body of plain text', async () => {
    for (const data of [
      { body },
      { title: '只有标题' },
      { title: '空正文', body: bodyOf({ ...element, type: 'paragraph', children: [] }) },
      { title: '脚本只是文字', body: bodyOf({ ...element, type: 'heading', tag: 'h2', children: [text('<script>')] }) },
    ]) {
      const response = await ctx.rest.post('/articles?draft=true', data, token)
      expect(response.status, JSON.stringify(response.body)).toBe(201)
    }
  })
})
