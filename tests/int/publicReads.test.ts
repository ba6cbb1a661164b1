import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import { startTestPayload, type TestContext } from './helpers/testPayload'
import { createUser, TEST_PASSWORD } from './helpers/users'

let ctx: TestContext
let editorToken: string
let published: { id: number }
let draft: { id: number }

const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])

beforeAll(async () => {
  ctx = await startTestPayload()
  const editor = await createUser(ctx.payload, ['editor'])
  editorToken = await ctx.rest.login(editor.email, TEST_PASSWORD)
  published = await ctx.payload.create({
    collection: 'articles',
    draft: false,
    data: { _status: 'published', title: '已发布的稿件', slug: 'published-one', body },
  })
  draft = await ctx.payload.create({
    collection: 'articles',
    draft: true,
    data: { _status: 'draft', title: '未发布的草稿', slug: 'draft-one', body },
  })
  // A published article with a newer, unpublished draft on top.
  await ctx.payload.update({ collection: 'articles', id: published.id, draft: true, data: { title: '尚未发布的修改' } })
})
afterAll(() => ctx?.close())

const titles = (docs: { title: string }[]) => docs.map((d) => d.title)

describe('what anonymous readers can reach', () => {
  it('lists published articles only, in their published version', async () => {
    const response = await ctx.rest.get('/articles')
    expect(response.status).toBe(200)
    expect(titles(response.body.docs)).toEqual(['已发布的稿件'])
  })

  it.each(['/articles?draft=true', '/articles?where[_status][equals]=draft', '/articles?where[title][like]=草稿'])(
    'gets nothing unpublished from %s',
    async (query) => {
      const response = await ctx.rest.get(query)
      expect(response.status).toBe(200)
      for (const title of titles(response.body.docs)) expect(title).toBe('已发布的稿件')
    },
  )

  it('cannot open a draft by id, with or without draft=true', async () => {
    expect((await ctx.rest.get(`/articles/${draft.id}`)).status).toBe(404)
    expect((await ctx.rest.get(`/articles/${draft.id}?draft=true`)).status).toBe(404)
    const publishedOne = await ctx.rest.get(`/articles/${published.id}?draft=true`)
    expect(publishedOne.body.title).toBe('已发布的稿件')
  })

  it('cannot read versions', async () => {
    expect((await ctx.rest.get('/articles/versions')).status).toBe(403)
  })

  it('sees nothing unpublished through GraphQL either', async () => {
    const plain = await ctx.rest.graphql('{ Articles { docs { title } } }')
    expect(titles(plain.body.data.Articles.docs)).toEqual(['已发布的稿件'])
    for (const query of ['{ Articles { docs { title } } }', '{ Articles(draft: true) { docs { title } } }']) {
      const response = await ctx.rest.graphql(query)
      for (const title of titles(response.body.data.Articles.docs)) expect(title, query).toBe('已发布的稿件')
    }
    const byId = await ctx.rest.graphql(`{ Article(id: ${draft.id}, draft: true) { title } }`)
    expect(byId.body.data?.Article ?? null).toBeNull()
  })
})

describe('what staff can reach', () => {
  it('lets an editor see drafts and the newest version', async () => {
    const response = await ctx.rest.get('/articles?draft=true&sort=title', editorToken)
    expect(titles(response.body.docs).sort()).toEqual(['尚未发布的修改', '未发布的草稿'].sort())
  })
})

describe('relations and field selection', () => {
  it('never populates an unpublished project into a published article, nor selects a draft', async () => {
    const hidden = await ctx.payload.create({
      collection: 'projects',
      draft: true,
      data: {
        name: '未公开的项目',
        categories: ['infrastructure'],
        fundingType: 'aid_funds',
        status: 'planned',
        investment: 999,
      },
    })
    const article = await ctx.payload.create({
      collection: 'articles',
      draft: false,
      data: { _status: 'published', title: '带关联的稿件', slug: 'with-relation', body, relatedProjects: [hidden.id] },
    })
    const response = await ctx.rest.get(`/articles/${article.id}?depth=2`)
    expect(response.status).toBe(200)
    expect(JSON.stringify(response.body)).not.toContain('未公开的项目')
    expect(JSON.stringify(response.body)).not.toContain('999')

    const selected = await ctx.rest.get('/articles?select[title]=true&select[_status]=true&limit=100')
    expect(titles(selected.body.docs)).not.toContain('未发布的草稿')
    const projects = await ctx.rest.get('/projects?select[name]=true&draft=true')
    expect(JSON.stringify(projects.body)).not.toContain('未公开的项目')
  })
})
