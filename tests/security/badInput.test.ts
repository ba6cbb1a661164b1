import fs from 'node:fs/promises'
import { validOperators } from 'payload/shared'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queryFieldsOf } from '../../src/api/guardQueryArgs'
import type { QueryField } from '../../src/api/queryFields'
import { operatorsFor } from '../../src/api/whereOperators'
import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import type { RestResponse } from '../int/helpers/restClient'
import { startTestPayload, type TestContext } from '../int/helpers/testPayload'
import { createUser, TEST_PASSWORD } from '../int/helpers/users'
import { expectCleanBody, fingerprint } from './helpers/fingerprint'

/**
 * Hostile and broken input, generated from tables: each case must get a 4xx with a message (never
 * a 5xx, never a stack trace) and leave the database (and the upload folder) exactly as it was.
 * Reads that are merely odd but harmless (SQL metacharacters in a value) answer 200 with nothing
 * more than a reader may see. Missing required fields, bad options and slugs, a duplicate slug and
 * the first upload refusals are in tests/int/validation.test.ts and media.test.ts. Families built
 * from the collection configs (operators per field type, versions of collections without them)
 * need Payload's sanitized config while the tests are collected, hence the top-level start.
 */
const ctx: TestContext = await startTestPayload()
let editor: string
let admin: string
let articleId: number
let mediaId: number
/** An article waiting at 初审, so a reassignment reaches the lookup of whom it names. */
let reviewedId: number
/** The articles' workflow (三审). */
let workflowId: number

const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])
const article = { title: '坏输入测试', body }
const project = { name: '坏输入项目', categories: ['education'], fundingType: 'aid_funds', status: 'planned' }
const honor = { title: '坏输入荣誉', level: 'county', awardedBy: '昂仁县' }

beforeAll(async () => {
  const e = await createUser(ctx.payload, ['editor'])
  editor = await ctx.rest.login(e.email, TEST_PASSWORD)
  const a = await createUser(ctx.payload, ['admin'])
  admin = await ctx.rest.login(a.email, TEST_PASSWORD)
  articleId = (await ctx.rest.post('/articles?draft=true', article, editor)).body.doc.id
  reviewedId = (await ctx.rest.post('/articles?draft=true', { ...article, title: '待初审' }, editor)).body.doc.id
  const submitted = await ctx.rest.post(`/articles/${reviewedId}/workflow`, { action: 'submit' }, editor)
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
  ;[{ id: workflowId }] = await ctx.db.query<{ id: number }>("SELECT id FROM workflows WHERE collection = 'articles'")
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
    .png()
    .toBuffer()
  const media = await ctx.payload.create({
    collection: 'media',
    data: { alt: '已有图片' },
    file: { data: png, mimetype: 'image/png', name: 'existing.png', size: png.length },
  })
  mediaId = media.id
})
afterAll(() => ctx?.close())

type Attempt = () => Promise<RestResponse>
interface Case {
  group: string
  name: string
  attempt: Attempt
  /** The status wanted, when one is right (else any 4xx). */
  status?: number
  /** Part of the message that must say what was wrong. */
  message?: RegExp
  /** What the message must not say (a field name GraphQL would suggest). */
  unsaid?: RegExp
}

const raw = (method: string, path: string, text: string, token = editor) =>
  ctx.rest.request(method, path, { body: text, headers: { 'Content-Type': 'application/json' }, token })
const post = (path: string, json: Record<string, unknown>, token = editor) => ctx.rest.post(path, json, token)
const get = (path: string, token?: string) => ctx.rest.get(path, token)

// --- malformed JSON, to every kind of endpoint -------------------------------------------------
const MALFORMED = ['{', '{"title": "未闭合', '{"title": 1,}', "{'title': 'single quotes'}", 'NaN', '{"a":1}}', '\u0000']
const JSON_ENDPOINTS: [string, string][] = [
  ['POST', '/articles'],
  ['PATCH', `/articles/ARTICLE`],
  ['POST', '/users/login'],
  ['POST', '/articles/ARTICLE/workflow'],
  ['POST', '/graphql'],
]
const malformed: Case[] = MALFORMED.flatMap((text) =>
  JSON_ENDPOINTS.map(([method, path]) => ({
    group: 'malformed JSON',
    name: `${method} ${path} ← ${JSON.stringify(text)}`,
    attempt: () => raw(method, path.replace('ARTICLE', String(articleId)), text),
    status: 400,
    message: /JSON/i,
  })),
)

// --- wrong types for every field type ---------------------------------------------------------
const WRONG_TYPES: [string, string, Record<string, unknown>, string][] = [
  ['text', 'articles', { ...article, title: 12345 }, 'title'],
  ['text', 'articles', { ...article, title: { $gt: '' } }, 'title'],
  ['text', 'articles', { ...article, kicker: ['a', 'b'] }, 'kicker'],
  ['text with a NUL byte', 'articles', { ...article, title: 'a\u0000b' }, ''],
  ['textarea', 'articles', { ...article, lead: true }, 'lead'],
  ['date', 'articles', { ...article, publishedAt: 1700000000 }, 'publishedAt'],
  ['date', 'articles', { ...article, publishedAt: 'not a date' }, 'publishedAt'],
  ['select hasMany', 'articles', { ...article, topics: 'education' }, 'topics'],
  ['relationship hasMany', 'articles', { ...article, relatedProjects: 5 }, 'relatedProjects'],
  ['relationship to nothing', 'articles', { ...article, relatedProjects: [999999] }, ''],
  ['relationship with a bad id', 'articles', { ...article, relatedHonors: ['abc'] }, 'relatedHonors'],
  ['upload', 'articles', { ...article, coverImage: true }, 'coverImage'],
  ['upload to nothing', 'articles', { ...article, coverImage: 999999 }, ''],
  ['array', 'articles', { ...article, bylines: 'x' }, 'bylines'],
  ['richText', 'articles', { ...article, body: 'plain string' }, 'body'],
  ['number', 'projects', { ...project, investment: '100' }, 'investment'],
  ['number', 'projects', { ...project, year: [2020] }, 'year'],
  ['number', 'projects', { ...project, quantity: { n: 1 } }, 'quantity'],
  ['text hasMany', 'projects', { ...project, township: '亚木乡' }, 'township'],
  ['select', 'projects', { ...project, status: 1 }, 'status'],
  ['select', 'honors', { ...honor, level: ['county'] }, 'level'],
  ['number', 'honors', { ...honor, year: '2021' }, 'year'],
  ['date', 'projects', { ...project, startDate: { y: 2021 } }, 'startDate'],
  ['upload hasMany', 'projects', { ...project, photos: 'x' }, 'photos'],
]
const wrongTypes: Case[] = [
  {
    group: 'wrong types',
    name: 'number out of range: projects.investment = 1e400',
    attempt: () => raw('POST', '/projects', JSON.stringify(project).replace(/}$/, ',"investment":1e400}')),
    status: 400,
    message: /investment|投资/,
  },
]
wrongTypes.push(
  ...WRONG_TYPES.map(([type, collection, data, field]) => ({
    group: 'wrong types',
    name: `${type}: ${collection}.${field || Object.keys(data).at(-1)} = ${JSON.stringify(Object.values(data).at(-1)).slice(0, 40)}`,
    attempt: () => post(`/${collection}`, data),
    status: 400,
    message: field ? new RegExp(field) : undefined,
  })),
)

// --- very long strings, past every maxLength --------------------------------------------------
const LONG: [string, string, Record<string, unknown>, string, number][] = [
  ['articles', 'kicker', article, 'kicker', 200],
  ['articles', 'title', article, 'title', 200],
  ['articles', 'subtitle', article, 'subtitle', 200],
  ['articles', 'lead', article, 'lead', 2000],
  ['articles', 'source', article, 'source', 100],
  ['projects', 'name', project, 'name', 200],
  ['projects', 'quantityUnit', project, 'quantityUnit', 10],
  ['projects', 'county', project, 'county', 40],
  ['projects', 'summary', project, 'summary', 2000],
  ['honors', 'title', honor, 'title', 200],
  ['honors', 'awardedBy', honor, 'awardedBy', 200],
  ['honors', 'recipient', honor, 'recipient', 200],
  ['honors', 'description', honor, 'description', 2000],
]
const longStrings: Case[] = [
  ...LONG.map(([collection, field, base, , max]) => ({
    group: 'long strings',
    name: `${collection}.${field} of ${max + 1} characters`,
    attempt: () => post(`/${collection}`, { ...base, [field]: '长'.repeat(max + 1) }),
    status: 400,
    message: new RegExp(field === 'title' && collection === 'articles' ? '主标题|title' : '.'),
  })),
  {
    group: 'long strings',
    name: 'projects.township entry of 41 characters',
    attempt: () => post('/projects', { ...project, township: ['乡'.repeat(41)] }),
    status: 400,
  },
  {
    group: 'long strings',
    name: 'a title of one million characters',
    attempt: () => post('/articles', { ...article, title: 'x'.repeat(1_000_000) }),
    status: 400,
  },
]

// --- huge bodies --------------------------------------------------------------------------------
const hugeBodies: Case[] = [
  {
    group: 'huge bodies',
    name: 'a 6 MB article body',
    attempt: () =>
      post('/articles', {
        title: '巨大',
        body: buildLexicalDocument([{ type: 'paragraph', text: 'x'.repeat(6_000_000) }]),
      }),
    status: 413,
    message: /too large/,
  },
  {
    group: 'huge bodies',
    name: 'a 6 MB PATCH',
    attempt: () => ctx.rest.patch(`/articles/${articleId}?draft=true`, { lead: 'x'.repeat(6_000_000) }, editor),
    status: 413,
  },
  {
    group: 'huge bodies',
    name: 'a 6 MB GraphQL query',
    attempt: () => ctx.rest.graphql(`{ Articles { docs { title } } } #${'x'.repeat(6_000_000)}`, editor),
    status: 413,
  },
  {
    group: 'huge bodies',
    name: 'a 6 MB body without Content-Length (streamed)',
    attempt: () => {
      const chunk = new TextEncoder().encode('x'.repeat(1_000_000))
      let sent = 0
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 6) controller.enqueue(chunk)
          else controller.close()
        },
      })
      return ctx.rest.request('POST', '/articles', {
        body: stream,
        headers: { 'Content-Type': 'application/json' },
        token: editor,
      })
    },
    status: 413,
  },
  {
    group: 'huge bodies',
    name: '100,000 related projects',
    attempt: () => post('/articles', { ...article, relatedProjects: Array.from({ length: 100_000 }, (_, i) => i + 1) }),
  },
]

// --- paging, depth and limits -------------------------------------------------------------------
const PAGING = [
  'depth=100',
  'depth=6',
  'depth=-1',
  'limit=1000000000',
  'limit=0',
  'limit=-1',
  'limit=501',
  'page=-5',
  'page=0',
  'page=1e20',
]
const paging: Case[] = ['articles', 'projects', 'honors', 'media'].flatMap((collection) =>
  PAGING.map((query) => ({
    group: 'paging',
    name: `GET /${collection}?${query}`,
    attempt: () => get(`/${collection}?${query}`),
    status: 400,
    message: /depth|limit|page/,
  })),
)
const graphqlPaging: Case[] = ['limit: 1000000000', 'limit: 0', 'page: -5'].map((args) => ({
  group: 'paging',
  name: `GraphQL Articles(${args})`,
  attempt: async () => {
    const response = await ctx.rest.graphql(`{ Articles(${args}) { docs { title } } }`)
    // A field error: GraphQL answers 200 with the error and its status.
    expect(response.body.errors[0].extensions.statusCode).toBe(400)
    return { ...response, status: response.body.errors[0].extensions.statusCode }
  },
  status: 400,
  message: /limit|page/,
}))

// --- hostile where / sort / select ---------------------------------------------------------------
const HIDDEN = [
  'password',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
]
const hostileQueries: Case[] = [
  ...HIDDEN.flatMap((path) => [
    {
      group: 'hostile query',
      name: `users where ${path}`,
      attempt: () => get(`/users?where[${path}][exists]=true`, admin),
    },
    { group: 'hostile query', name: `users sort ${path}`, attempt: () => get(`/users?sort=${path}`, admin) },
    { group: 'hostile query', name: `users select ${path}`, attempt: () => get(`/users?select[${path}]=true`, admin) },
  ]),
  ...[
    'title;DROP TABLE articles',
    "title'--",
    'title) OR 1=1 --',
    'nope',
    '-nope',
    'body.root.children',
    'title,nope',
  ].map((sort) => ({
    group: 'hostile query',
    name: `sort=${sort}`,
    attempt: () => get(`/articles?sort=${encodeURIComponent(sort)}`),
    message: /sort/,
  })),
  ...['nope', 'title;--', 'contentAuthors.hash'].map((path) => ({
    group: 'hostile query',
    name: `select[${path}]`,
    attempt: () => get(`/articles?select[${path}]=true`),
  })),
  ...[
    'where[nope][equals]=1',
    'where[title][bogus]=1',
    'where[title][near]=1,2',
    'where[title][within]=1',
    'where[contentAuthors.email][like]=a',
    'where[contentAuthors.hash][exists]=true',
    'where[workflowStatus][equals]=bogus',
    'where[_status][equals]=anything',
    'where[slug][equals]=%00',
    `where${'[and][0]'.repeat(200)}[title][equals]=x`,
  ].map((query) => ({ group: 'hostile query', name: query.slice(0, 60), attempt: () => get(`/articles?${query}`) })),
  ...['/articles/abc', '/articles/999999999999999999999', '/articles/1.5'].map((path) => ({
    group: 'hostile query',
    name: `GET ${path}`,
    attempt: () => get(path, editor),
  })),
]

// --- hostile Lexical JSON ----------------------------------------------------------------------
const paragraph = (children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
})
const text = (t: string) => ({ type: 'text', text: t, version: 1, format: 0, detail: 0, mode: 'normal', style: '' })
const rootWith = (children: unknown) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children },
})
const link = (url: string) => ({
  type: 'link',
  version: 3,
  fields: { url, linkType: 'custom', newTab: false },
  direction: null,
  format: '',
  indent: 0,
  children: [text('点我')],
})
const deepJson = (levels: number) => {
  const open = '{"type":"paragraph","version":1,"direction":null,"format":"","indent":0,"children":['
  return `{"title":"深","body":{"root":{"type":"root","version":1,"direction":null,"format":"","indent":0,"children":[${open.repeat(levels)}${']}'.repeat(levels)}]}}}`
}
const LEXICAL: [string, unknown][] = [
  ['a wrong root type', { root: { type: 'paragraph', children: [] } }],
  ['no root', { children: [] }],
  ['an array as document', [paragraph([text('x')])]],
  ['non-array children', rootWith('x')],
  ['non-array children deeper', rootWith([paragraph({ 0: text('x') } as unknown as unknown[])])],
  ['a null node', rootWith([null])],
  ['an unknown node type', rootWith([{ type: 'script', src: 'https://evil.example/x.js', version: 1 }])],
  ['an html node', rootWith([{ type: 'html', html: '<script>alert(1)</script>', version: 1 }])],
  ['a text node without text', rootWith([paragraph([{ type: 'text', version: 1 }])])],
  ['a javascript: link', rootWith([paragraph([link('javascript:alert(1)')])])],
  ['a JaVaScRiPt: link with a tab', rootWith([paragraph([link('java\tscript:alert(1)')])])],
  ['a data: link', rootWith([paragraph([link('data:text/html,<script>alert(1)</script>')])])],
  ['a vbscript: link', rootWith([paragraph([link('vbscript:msgbox(1)')])])],
  ['a protocol-relative link', rootWith([paragraph([link('//evil.example/')])])],
]
const hostileLexical: Case[] = [
  ...LEXICAL.map(([name, value]) => ({
    group: 'hostile Lexical',
    name,
    attempt: () => post('/articles', { title: '富文本', body: value }),
    status: 400,
    message: /rich text|正文/,
  })),
  {
    group: 'hostile Lexical',
    name: '10,000 levels of nesting',
    attempt: () => raw('POST', '/articles', deepJson(10_000)),
    status: 400,
    message: /nested/,
  },
  {
    group: 'hostile Lexical',
    name: 'a javascript: link in a PATCH',
    attempt: () =>
      ctx.rest.patch(
        `/articles/${articleId}?draft=true`,
        { body: rootWith([paragraph([link('javascript:alert(1)')])]) },
        editor,
      ),
    status: 400,
  },
  {
    group: 'hostile Lexical',
    name: 'a javascript: link in a project description',
    attempt: () => post('/projects', { ...project, description: rootWith([paragraph([link('javascript:alert(1)')])]) }),
    status: 400,
  },
]

// --- uploads ------------------------------------------------------------------------------------
const upload = (bytes: BlobPart, type: string, filename: string) => {
  const form = new FormData()
  form.append('file', new Blob([bytes], { type }), filename)
  form.append('_payload', JSON.stringify({ alt: '上传测试' }))
  return ctx.rest.request('POST', '/media', { body: form, token: editor })
}
const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])
const PE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0])
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
const uploads: Case[] = [
  ['an SVG with script named .png', SVG, 'image/png', 'logo.png'],
  ['an SVG with script named .jpg', SVG, 'image/jpeg', 'logo.jpg'],
  ['an SVG declared as SVG', SVG, 'image/svg+xml', 'logo.svg'],
  ['HTML named .jpg', '<!doctype html><script>alert(1)</script>', 'image/jpeg', 'page.jpg'],
  ['HTML named .webp', '<html><body onload=alert(1)>', 'image/webp', 'page.webp'],
  ['an ELF binary named .png', ELF, 'image/png', 'tool.png'],
  ['a Windows executable named .jpg', PE, 'image/jpeg', 'setup.jpg'],
  ['an empty file named .png', '', 'image/png', 'empty.png'],
].map(([name, bytes, type, filename]) => ({
  group: 'uploads',
  name: name as string,
  attempt: () => upload(bytes as BlobPart, type as string, filename as string),
  status: 400,
}))
uploads.push(
  {
    group: 'uploads',
    name: 'a file over the 20 MB limit',
    attempt: () => upload(new Uint8Array(20 * 1024 * 1024 + 1024), 'image/png', 'big.png'),
    status: 413,
  },
  {
    group: 'uploads',
    name: 'a form whose _payload is not JSON',
    attempt: () => {
      const form = new FormData()
      form.append('file', new Blob(['x'], { type: 'image/png' }), 'x.png')
      form.append('_payload', '{not json')
      return ctx.rest.request('POST', '/media', { body: form, token: editor })
    },
    status: 400,
    message: /JSON/,
  },
)
const PRIVATE_URLS = [
  'http://127.0.0.1/x.png',
  'http://127.0.0.1:5432/x.png',
  'http://localhost/x.png',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::1]/x.png',
  'http://10.0.0.1/x.png',
  'http://0.0.0.0/x.png',
  'file:///etc/passwd',
  'https://example.com/x.png',
]
const fromUrl: Case[] = PRIVATE_URLS.flatMap((url) => [
  {
    group: 'upload from URL',
    name: `POST url=${url}`,
    attempt: () => post('/media', { alt: '远程', url, filename: 'remote.png' }),
    status: 400,
    message: /URL/,
  },
  {
    group: 'upload from URL',
    name: `PATCH with a new focal point, url=${url}`,
    attempt: () =>
      ctx.rest.patch(`/media/${mediaId}`, { url, filename: 'existing.png', focalX: 10, focalY: 10 }, editor),
    status: 400,
    message: /URL/,
  },
])
fromUrl.push(
  {
    group: 'upload from URL',
    name: '?url= on create',
    attempt: () =>
      ctx.rest.request('POST', '/media?url=http://169.254.169.254/', { json: { alt: 'x' }, token: editor }),
  },
  {
    group: 'upload from URL',
    name: "Payload's paste-url endpoint (not enabled)",
    attempt: () => get('/media/paste-url?src=http://127.0.0.1/x.png', editor),
  },
)

// --- repeated and nested query parameters ------------------------------------------------------
const REPEATED: [string, RegExp][] = [
  ['where[title][like]=%25&where[title][like]=_', /title like takes a single value, not a list/],
  ['where[title][equals]=a&where[title][equals]=b', /title equals takes a single value, not a list/],
  ['where[publishedAt][greater_than]=2024-01-01&where[publishedAt][greater_than]=2025-01-01', /single value/],
  ['limit=1&limit=2', /limit is given more than once/],
  ['page=1&page=2', /page is given more than once/],
  ['locale=zh&locale=en', /locale is given more than once/],
  ['limit[]=1', /limit takes one plain value/],
  ['depth[]=1', /depth takes one plain value/],
  ['draft[]=true', /draft takes one plain value/],
  ['page[x]=1', /page takes one plain value/],
  ['limit=abc', /limit must be a whole number/],
  ['depth=abc', /depth must be a whole number/],
  ['depth=1.5', /depth must be a whole number/],
  ['page=99999999999', /page must be a whole number from 1 to/],
  ['draft=maybe', /draft must be true or false/],
  ['trash=1', /trash must be true or false/],
  ['pagination=maybe', /pagination must be true or false/],
  ['sort[x]=1', /sort takes field names/],
  ['select=garbage', /select names fields in brackets/],
  ['select[title]=garbage', /select\[title\] must be true or false/],
  ['populate=x', /populate names fields/],
  ['where=abc', /where must be a JSON object/],
  ['where=%5B%5D', /where must be a JSON object/],
  ['where=null', /where must be a JSON object/],
  ['where[or]=x', /or takes a list of conditions/],
  ['where[or][0]=x', /or takes a list of conditions/],
  ['where[and][x][title][equals]=1', /and takes a list of conditions/],
  ['where[title]=x', /Name an operator for title/],
  ['where[title][]=x', /Name an operator for title/],
  ['where[title][equals][x]=1', /title equals takes a single value, not an object/],
  ['where[title][in][a][b]=1', /title in takes a single value, not an object/],
  ['where[constructor][equals]=1', /may not use the name "constructor"/],
  ['where[__proto__][equals]=1', /may not use the name "__proto__"/],
  ['where[title][__proto__]=1', /may not use the name "__proto__"/],
  ['where[title.x][equals]=1', /Cannot filter by: title.x/],
  ['where[relatedProjects.nope][equals]=1', /Cannot filter by: relatedProjects.nope/],
  ['where[contentAuthors.hash][exists]=true', /Cannot filter by: contentAuthors.hash/],
  [
    `where=${encodeURIComponent(JSON.stringify(Array.from({ length: 9 }).reduce<object>((w) => ({ and: [w] }), { title: { equals: 'x' } })))}`,
    /nested more than 8/,
  ],
  [
    `where=${encodeURIComponent(JSON.stringify({ or: Array.from({ length: 201 }, () => ({ title: { equals: 'x' } })) }))}`,
    /more than 200 conditions/,
  ],
  ['where[title][equals]=%00', /NUL/],
  ['where[title][exists]=maybe', /exists takes true or false/],
  ['where[id][equals]=abc', /id equals: "abc" is not an id/],
  ['where[id][in]=1,abc', /"abc" is not an id/],
  ['where[id][equals]=99999999999999999999999', /is not an id/],
  ['where[publishedAt][greater_than]=0x7fffffff-99-99', /is not a date/],
  ['where[relatedProjects][equals]=abc', /relatedProjects equals: "abc" is not an id/],
  ['where[workflowStatus][equals]=bogus', /"bogus" is not one of/],
  ['where[_status][in]=draft,anything', /"anything" is not one of: draft, published/],
]
const repeated: Case[] = REPEATED.map(([query, message]) => ({
  group: 'repeated and nested parameters',
  name: query.slice(0, 90),
  attempt: () => get(`/articles?${query}`, admin),
  status: 400,
  message,
}))
const overridden = (query: string) =>
  ctx.rest.request('POST', '/articles', {
    body: query,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-HTTP-Method-Override': 'GET' },
    token: admin,
  })
repeated.push(
  ...[
    ['GET /articles/count', () => get('/articles/count?where[title][all]=x', admin)],
    ['GET /articles/count, repeated', () => get('/articles/count?where[title][like]=a&where[title][like]=b', admin)],
    [
      'GET /articles/versions',
      () => get('/articles/versions?where[version.title][like]=%25&where[version.title][like]=_', admin),
    ],
    [
      'GET /articles/versions, operator on the version group',
      () => get('/articles/versions?where[version][equals]=1', admin),
    ],
    ['DELETE /articles (bulk)', () => ctx.rest.delete('/articles?where[title][all]=x', admin)],
    [
      'PATCH /articles (bulk)',
      () => ctx.rest.patch('/articles?where[title][like]=a&where[title][like]=b', { lead: '改' }, admin),
    ],
    ['POST overridden to GET', () => overridden('where[title][all]=x')],
    ['POST overridden to GET, repeated scalar', () => overridden('limit=1&limit=2')],
  ].map(([name, attempt]) => ({
    group: 'repeated and nested parameters',
    name: name as string,
    attempt: attempt as Attempt,
    status: 400,
    message: /single value|all|group|more than once/,
  })),
)

// --- operators per field type, generated from the collection configs ----------------------------
const queryFields = queryFieldsOf(ctx.payload.config, 'number')
const servedCollections = ctx.payload.config.collections.filter((c) => c.endpoints !== false)
/** One field of each kind (type, hasMany, polymorphic) in any collection: the rule is per kind. */
const fieldKinds = new Map<string, { slug: string; path: string; field: QueryField }>()
for (const { slug } of servedCollections) {
  for (const [path, field] of queryFields.of(slug)) {
    const kind = `${field.type}${field.hasMany ? ' hasMany' : ''}${field.polymorphic ? ' polymorphic' : ''}`
    if (!fieldKinds.has(kind)) fieldKinds.set(kind, { slug, path, field })
  }
}
const BAD_VALUES: Record<string, string> = {
  id: 'abc',
  number: 'lots',
  date: 'not-a-date',
  checkbox: 'maybe',
  select: 'no-such-option',
  radio: 'no-such-option',
  relationship: 'abc',
  upload: 'abc',
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const operatorsPerType: Case[] = [...fieldKinds.entries()].flatMap(([kind, { slug, path, field }]) => {
  const allowed = operatorsFor(field)
  const refused = validOperators.filter((operator) => !allowed.includes(operator))
  const cases: Case[] = refused.map((operator) => ({
    group: 'operators per field type',
    name: `${kind}: ${slug}?where[${path}][${operator}]`,
    attempt: () => get(`/${slug}?where[${path}][${operator}]=a`, admin),
    status: 400,
    message: new RegExp(`${escapeRegExp(path)} \\(${field.type}\\) cannot be filtered with "${operator}"`),
  }))
  const badValue = BAD_VALUES[field.type]
  const valueOperator = allowed.find((operator) => operator === 'equals')
  if (badValue && valueOperator && !field.polymorphic) {
    cases.push({
      group: 'operators per field type',
      name: `${kind}: ${slug}?where[${path}][equals]=${badValue}`,
      attempt: () => get(`/${slug}?where[${path}][equals]=${badValue}`, admin),
      status: 400,
      message: new RegExp(`${escapeRegExp(path)} equals: "${badValue}" is not`),
    })
  }
  if (allowed.includes('exists')) {
    cases.push({
      group: 'operators per field type',
      name: `${kind}: ${slug}?where[${path}][exists]=maybe`,
      attempt: () => get(`/${slug}?where[${path}][exists]=maybe`, admin),
      status: 400,
      message: /exists takes true or false/,
    })
  }
  return cases
})

// --- bodies that are not JSON objects ----------------------------------------------------------
const NOT_OBJECTS = ['null', '"abc"', '42', 'true', '[]', '[{"title":"x"}]']
const BODY_ENDPOINTS: [string, string, () => string][] = [
  ['POST', '/articles', () => editor],
  ['PATCH', '/articles/ARTICLE?draft=true', () => editor],
  ['POST', '/projects', () => editor],
  ['POST', '/honors', () => editor],
  ['POST', '/users', () => admin],
  ['POST', '/users/login', () => editor],
  ['POST', '/articles/ARTICLE/workflow', () => editor],
  ['POST', '/globals/column', () => admin],
  ['POST', '/media', () => editor],
  ['POST', '/workflows', () => admin],
  ['PATCH', '/workflows/WORKFLOW', () => admin],
]
const withArticle = (path: string) => path.replace('ARTICLE', String(articleId)).replace('WORKFLOW', String(workflowId))
const nonObjectBodies: Case[] = NOT_OBJECTS.flatMap((text) =>
  BODY_ENDPOINTS.map(([method, path, token]) => ({
    group: 'non-object bodies',
    name: `${method} ${path} ← ${text}`,
    attempt: () => raw(method, withArticle(path), text, token()),
    status: 400,
    message: /must be a JSON object/,
  })),
)
nonObjectBodies.push(
  ...[
    ['{"__proto__":{"roles":["admin"]},"title":"原型"}', /"__proto__" is not allowed/],
    [
      '{"title":"原型","bylines":[{"constructor":{"prototype":{"x":1}},"name":"a","role":"writer"}]}',
      /"constructor" is not allowed/,
    ],
    [`${'{"a":'.repeat(300)}1${'}'.repeat(300)}`, /nested more than/],
  ].flatMap(([text, message]) =>
    (['POST /articles', 'PATCH /articles/ARTICLE?draft=true'] as const).map((endpoint) => {
      const [method, path] = endpoint.split(' ')
      return {
        group: 'non-object bodies',
        name: `${endpoint} ← ${(text as string).slice(0, 60)}`,
        attempt: () => raw(method, withArticle(path), text as string),
        status: 400,
        message: message as RegExp,
      }
    }),
  ),
  ...[
    ['text/plain', 415],
    ['application/xml', 415],
    ['application/JSON', 415],
    ['application/x-www-form-urlencoded', 415],
    ['multipart/form-data', 400],
  ].map(([type, status]) => ({
    group: 'non-object bodies',
    name: `POST /articles with Content-Type ${type}`,
    attempt: () =>
      ctx.rest.request('POST', '/articles', {
        body: JSON.stringify(article),
        headers: { 'Content-Type': type as string },
        token: editor,
      }),
    status: status as number,
    message: /JSON|boundary/,
  })),
  {
    group: 'non-object bodies',
    name: 'POST /articles with no body',
    attempt: () => ctx.rest.request('POST', '/articles', { token: editor }),
    status: 400,
    message: /title|body/,
  },
  {
    group: 'non-object bodies',
    name: 'POST /articles with an empty text/plain body',
    attempt: () =>
      ctx.rest.request('POST', '/articles', { body: '', headers: { 'Content-Type': 'text/plain' }, token: editor }),
    status: 400,
    message: /title|body/,
  },
)

// --- workflow steps: the body's fields, the assignee of a reassignment ---------------------------
const stepOn = (id: () => number, json: Record<string, unknown>, token: () => string) => () =>
  ctx.rest.post(`/articles/${id()}/workflow`, json, token())
/** Whom a reassignment names, as a request could send it: nothing here is a colleague of 初审. */
const ODD_ASSIGNEES: [string, unknown][] = [
  ['an object', {}],
  ['an object with an id', { id: 1 }],
  ['a query operator', { $gt: 0 }],
  ['an empty list', []],
  ['a list of ids', [1, 2]],
  ['a huge number', 1e308],
  ['past the largest id', 2_147_483_648],
  ['past the safe integers', Number.MAX_SAFE_INTEGER + 2],
  ['a negative id', -1],
  ['zero', 0],
  ['a fraction', 1.5],
  ['true', true],
  ['false', false],
  ['text', 'abc'],
  ['blank text', '   '],
  ['SQL', '1; DROP TABLE users'],
  ['eleven digits', '99999999999'],
  ['a number with a sign', '+1'],
  ['hexadecimal', '0x10'],
  ['100,000 characters', 'x'.repeat(100_000)],
  ['an id nobody has', 999_999],
]
const stepInput: Case[] = [
  ...ODD_ASSIGNEES.map(([name, assignee]) => ({
    group: 'workflow steps',
    name: `reassign to ${name}`,
    attempt: stepOn(
      () => reviewedId,
      { action: 'reassign', assignee },
      () => admin,
    ),
    status: 422,
    message: /改派|colleague/,
  })),
  ...[null, ''].map((assignee) => ({
    group: 'workflow steps',
    name: `reassign to ${JSON.stringify(assignee)}`,
    attempt: stepOn(
      () => reviewedId,
      { action: 'reassign', assignee },
      () => admin,
    ),
    status: 400,
    message: /assignee/,
  })),
  {
    group: 'workflow steps',
    name: 'reassign to an id with a NUL byte',
    attempt: stepOn(
      () => reviewedId,
      { action: 'reassign', assignee: '1\u0000' },
      () => admin,
    ),
    status: 400,
    message: /NUL/,
  },
  {
    group: 'workflow steps',
    name: 'reassign without an assignee',
    attempt: stepOn(
      () => reviewedId,
      { action: 'reassign' },
      () => admin,
    ),
    status: 400,
    message: /assignee/,
  },
  ...(['approve', 'submit', 'request_changes', 'sign_off'] as const).map((action) => ({
    group: 'workflow steps',
    name: `${action} with an assignee`,
    attempt: stepOn(
      () => reviewedId,
      { action, assignee: 1, comment: '意见' },
      () => admin,
    ),
    status: 400,
    message: /Only "Reassign" takes an assignee/,
  })),
  ...ODD_ASSIGNEES.slice(0, 6).map(([name, assignee]) => ({
    group: 'workflow steps',
    name: `reassign to ${name}, by an editor`,
    attempt: stepOn(
      () => reviewedId,
      { action: 'reassign', assignee },
      () => editor,
    ),
    status: 403,
    message: /administrators/,
  })),
  ...(
    [
      ['action', { action: ['approve'] }],
      ['action', { action: { approve: true } }],
      ['action', { action: 1e308 }],
      ['comment', { action: 'request_changes', comment: { text: '意见' } }],
      ['comment', { action: 'request_changes', comment: ['意见'] }],
      ['publishAt', { action: 'sign_off', publishAt: 1_900_000_000_000 }],
      ['publishAt', { action: 'sign_off', publishAt: { $gt: '' } }],
      ['overrideChecks', { action: 'approve', overrideChecks: true }],
      ['version', { action: 'approve', version: [1] }],
    ] as const
  ).map(([field, json]) => ({
    group: 'workflow steps',
    name: `${field} = ${JSON.stringify(Object.values(json).at(-1))}`,
    attempt: stepOn(
      () => reviewedId,
      json,
      () => admin,
    ),
    status: 400,
    message: new RegExp(`"${field}" must be a string`),
  })),
  {
    group: 'workflow steps',
    name: 'a comment of 2,001 characters at 初审',
    attempt: stepOn(
      () => reviewedId,
      { action: 'request_changes', comment: '长'.repeat(2001) },
      () => admin,
    ),
    status: 400,
  },
  {
    group: 'workflow steps',
    name: '签发 at a time that is not one',
    attempt: stepOn(
      () => reviewedId,
      { action: 'sign_off', publishAt: '2025-02-30T08:00:00+08:00' },
      () => admin,
    ),
    status: 400,
    message: /ISO-8601/,
  },
]

// --- the workflows: definitions the workflow could not run, and values of the wrong kind ---------
const STAGE = { name: '初审', nameEn: 'First review', roles: ['first_reviewer'], release: false }
const RELEASE = { name: '终审', nameEn: 'Final review', roles: ['final_reviewer'], release: true }
const BAD_DEFINITIONS: [string, Record<string, unknown>, RegExp?][] = [
  ['no stage', { stages: [] }, /at least one review stage/],
  ['stages that are not a list', { stages: 'x' }],
  ['a stage that is not an object', { stages: ['初审'] }],
  ['a stage without a name', { stages: [{ roles: ['final_reviewer'], release: true }] }],
  ['a stage without a role', { stages: [{ name: '终审', roles: [], release: true }] }],
  ['a role that is no stage role (admin)', { stages: [{ ...RELEASE, roles: ['admin'] }] }],
  ['a role that is no role', { stages: [{ ...RELEASE, roles: ['chief'] }] }],
  ['roles that are not a list', { stages: [{ ...RELEASE, roles: 'final_reviewer' }] }],
  ['no release stage', { stages: [STAGE, { ...RELEASE, release: false }] }, /release stage/],
  ['two release stages', { stages: [{ ...STAGE, release: true }, RELEASE] }, /one stage can be the release/],
  ['a release stage that is not the last', { stages: [RELEASE, { ...STAGE, name: '复核' }] }, /must be the last/],
  ['two stages of one name', { stages: [STAGE, { ...RELEASE, name: '初审' }] }, /used twice/],
  ['nine stages', { stages: [...Array.from({ length: 8 }, (_, i) => ({ ...STAGE, name: `审${i}` })), RELEASE] }],
  ['a name of 21 characters', { stages: [{ ...RELEASE, name: '审'.repeat(21) }] }],
  ['an English name of 41 characters', { stages: [{ ...RELEASE, nameEn: 'x'.repeat(41) }] }],
  ['a printed title of 11 characters', { stages: [{ ...RELEASE, printedAs: '签'.repeat(11) }] }],
  ['release that is not a checkbox', { stages: [{ ...RELEASE, release: 'yes' }] }],
  ['commentRequired that is not a checkbox', { stages: [{ ...RELEASE, commentRequired: { x: 1 } }] }],
  ['a name that is a number', { stages: [{ ...RELEASE, name: 12 }] }],
  ['a collection that is none', { collection: 'nope' }],
  ['the collection of another workflow', { collection: 'projects' }],
]
const badWorkflows: Case[] = BAD_DEFINITIONS.flatMap(([name, data, message]) => [
  {
    group: 'workflows',
    name: `PATCH: ${name}`,
    attempt: () => ctx.rest.patch(`/workflows/${workflowId}`, data, admin),
    status: 400,
    message,
  },
  {
    group: 'workflows',
    name: `POST: ${name}`,
    // A new workflow for a collection that has one (or none that exists) is refused in any case.
    attempt: () => post('/workflows', { collection: 'articles', stages: [RELEASE], ...data }, admin),
    status: 400,
  },
])
badWorkflows.push(
  {
    group: 'workflows',
    name: 'GraphQL updateWorkflow with no stage',
    // graphqlFieldError is defined further down; called when the case runs.
    attempt: () =>
      graphqlFieldError(`mutation { updateWorkflow(id: ${workflowId}, data: { stages: [] }) { id } }`, admin)(),
    status: 400,
  },
  {
    group: 'workflows',
    name: 'GraphQL updateWorkflow with a role that is no stage role',
    attempt: () =>
      graphqlFieldError(
        `mutation { updateWorkflow(id: ${workflowId}, data: { stages: [{ name: "终审", roles: [admin], release: true }] }) { id } }`,
        admin,
      )(),
    status: 400,
  },
)

// --- /versions of collections and globals that keep none, generated from the configs ------------
const noVersions: Case[] = [
  ...servedCollections.filter((c) => !c.versions).map((c) => ['', c.slug] as const),
  ...ctx.payload.config.globals.filter((g) => !g.versions).map((g) => ['/globals', g.slug] as const),
].flatMap(([prefix, slug]) =>
  (
    [
      ['GET', '/versions'],
      ['GET', '/versions/1'],
      ['POST', '/versions/1'],
    ] as const
  ).map(([method, suffix]) => ({
    group: 'versions that do not exist',
    name: `${method} ${prefix}/${slug}${suffix}`,
    attempt: () => ctx.rest.request(method, `${prefix}/${slug}${suffix}`, { token: admin }),
    status: 404,
    message: new RegExp(`${slug} keeps no versions`),
  })),
)
noVersions.push(
  ...['/payload-migrations', '/payload-migrations/1', '/payload-migrations?where[id][equals]=1'].map((path) => ({
    group: 'versions that do not exist',
    name: `GET ${path} (a collection the API does not serve)`,
    attempt: () => get(path, admin),
    status: 404,
    message: /No such API route/,
    unsaid: /localhost|127\.0\.0\.1|http:/,
  })),
)

// --- NUL bytes and bad encodings in paths; ids that cannot name a document -----------------------
const BAD_PATHS = [
  '/articles/%E0%A4%A',
  '/articles/%zz',
  '/%',
  '/articles/%',
  '/articles/%C3',
  '/articles/%00',
  '/articles/%00/workflow',
  '/articles/a%0Ab',
  '/media/file/%00',
  '/media/file/%zz.png',
  '/users/verify/%00',
  '/globals/%zz',
]
const badPaths: Case[] = BAD_PATHS.flatMap((path) =>
  (['GET', 'POST', 'PATCH', 'DELETE'] as const).map((method) => ({
    group: 'paths',
    name: `${method} ${path}`,
    attempt: () =>
      ctx.rest.request(method, path, {
        token: editor,
        ...(method === 'GET' || method === 'DELETE' ? {} : { json: {} }),
      }),
    status: 400,
    message: /percent-encoding|control character/,
  })),
)
const BAD_IDS = ['abc', '1.5', '-1', '1e3', '99999999999999999999', "1'%20OR%20'1'='1", '%20']
badPaths.push(
  ...BAD_IDS.flatMap((id) => [
    {
      group: 'paths',
      name: `GET /articles/${id}`,
      attempt: () => get(`/articles/${id}`, editor),
      status: 400,
      message: /An id must be a whole number/,
    },
    {
      group: 'paths',
      name: `PATCH /articles/${id}`,
      attempt: () => ctx.rest.patch(`/articles/${id}`, { lead: '改' }, editor),
      status: 400,
      message: /An id must be a whole number/,
    },
    {
      group: 'paths',
      name: `DELETE /articles/${id}`,
      attempt: () => ctx.rest.delete(`/articles/${id}`, admin),
      status: 400,
      message: /An id must be a whole number/,
    },
    // Payload refuses a version id that parseFloat cannot read itself ("Missing ID of version.").
    {
      group: 'paths',
      name: `GET /articles/versions/${id}`,
      attempt: () => get(`/articles/versions/${id}`, admin),
      status: 400,
      message: /An id must be a whole number|Missing ID of version/,
    },
    {
      group: 'paths',
      name: `POST /articles/versions/${id} (restore)`,
      attempt: () => ctx.rest.post(`/articles/versions/${id}`, {}, admin),
      status: 400,
      message: /An id must be a whole number/,
    },
  ]),
  ...['/media/abc', '/projects/1.5', '/honors/-1', '/users/abc', '/reviews/abc', '/notifications/abc'].map((path) => ({
    group: 'paths',
    name: `GET ${path}`,
    attempt: () => get(path, admin),
    status: 400,
    message: /An id must be a whole number/,
  })),
)

// --- malformed upload forms -------------------------------------------------------------------
const PNG_8 = sharp({ create: { width: 8, height: 8, channels: 3, background: '#456' } })
  .png()
  .toBuffer()
/** A multipart body written by hand: FormData cannot send some of these names. */
const multipart = (parts: string[], boundary = 'xXx') => ({
  body: `${parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('')}--${boundary}--\r\n`,
  headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
})
const filePart = (filename: string) =>
  `Content-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n\u0089PNG`
const payloadPart = (json: string) => `Content-Disposition: form-data; name="_payload"\r\n\r\n${json}`
const sendForm = (form: { body: string; headers: Record<string, string> }) =>
  ctx.rest.request('POST', '/media', { ...form, token: editor })
const badForms: Case[] = [
  ['a file name with a NUL byte', [filePart('a\u0000b.png'), payloadPart('{"alt":"x"}')], /control character/],
  ['a file name with a newline', [filePart('a\nb.png'), payloadPart('{"alt":"x"}')], /control character|malformed/],
  ['a file name of 300 bytes', [filePart(`${'x'.repeat(296)}.png`), payloadPart('{"alt":"x"}')], /too long/],
  ['_payload null', [filePart('a.png'), payloadPart('null')], /must be a JSON object/],
  ['_payload a string', [filePart('a.png'), payloadPart('"abc"')], /must be a JSON object/],
  ['_payload a list', [filePart('a.png'), payloadPart('[]')], /must be a JSON object/],
  ['_payload with __proto__', [filePart('a.png'), payloadPart('{"__proto__":{"alt":"x"}}')], /not allowed/],
  ['a form without a file', [payloadPart('{"alt":"x"}')], /文件|file/i],
].map(([name, parts, message]) => ({
  group: 'upload forms',
  name: name as string,
  attempt: () => sendForm(multipart(parts as string[])),
  status: 400,
  message: message as RegExp,
}))
badForms.push(
  {
    group: 'upload forms',
    name: 'a form cut short',
    attempt: () =>
      sendForm({
        body: '--xXx\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n',
        headers: multipart([]).headers,
      }),
    status: 400,
    message: /malformed/,
  },
  {
    group: 'upload forms',
    name: 'a form with the wrong boundary',
    attempt: () => sendForm({ ...multipart([filePart('a.png')], 'other'), headers: multipart([]).headers }),
    status: 400,
    message: /malformed|file/,
  },
  {
    group: 'upload forms',
    name: 'a multipart Content-Type without a boundary',
    attempt: () =>
      ctx.rest.request('POST', '/media', {
        body: 'x',
        headers: { 'Content-Type': 'multipart/form-data' },
        token: editor,
      }),
    status: 400,
    message: /boundary/,
  },
  {
    group: 'upload forms',
    name: 'a real image with a NUL byte in its name (through FormData)',
    attempt: async () => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await PNG_8)], { type: 'image/png' }), 'photo\u0000.png')
      form.append('_payload', JSON.stringify({ alt: 'NUL' }))
      return ctx.rest.request('POST', '/media', { body: form, token: editor })
    },
    status: 400,
    message: /control character/,
  },
  {
    group: 'upload forms',
    name: 'replacing a file with a NUL byte in its name',
    attempt: () =>
      ctx.rest.request('PATCH', `/media/${mediaId}`, { ...multipart([filePart('a\u0000.png')]), token: editor }),
    status: 400,
    message: /control character/,
  },
)

// --- GraphQL validation ------------------------------------------------------------------------
const gqlRaw = (body: string, type = 'application/json', token?: string) =>
  ctx.rest.request('POST', '/graphql', { body, headers: { 'Content-Type': type }, token })
const gql = (query: string, variables?: Record<string, unknown>, operationName?: string, token?: string) =>
  gqlRaw(JSON.stringify({ query, variables, operationName }), 'application/json', token)
const GRAPHQL_INVALID: [string, () => Promise<RestResponse>, RegExp, RegExp?][] = [
  [
    'a fragment cycle',
    () => gql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    /Cannot spread fragment "A" within itself/,
  ],
  ['a fragment spreading itself', () => gql('query { ...A } fragment A on Query { ...A }'), /within itself/],
  ['a fragment on an unknown type', () => gql('query { ...A } fragment A on Nope { x }'), /Unknown type "Nope"/],
  ['an unknown fragment', () => gql('query { ...Missing }'), /Unknown fragment "Missing"/],
  [
    'a misspelt hidden field',
    () => gql('{ Users { docs { hsh } } }', undefined, undefined, admin),
    /Cannot query field "hsh"/,
    /Did you mean|hash/,
  ],
  [
    'a misspelt field',
    () => gql('{ Articles { docs { titl } } }'),
    /Cannot query field "titl"/,
    /Did you mean|"title"/,
  ],
  ['a misspelt query', () => gql('{ Articels { docs { title } } }'), /Cannot query field "Articels"/, /Did you mean/],
  [
    'a misspelt where field',
    () => gql('{ Articles(where: { titl: { equals: "x" } }) { docs { title } } }'),
    /"titl" is not defined/,
    /Did you mean/,
  ],
  [
    'a misspelt enum value',
    () => gql('{ Articles(where: { _status: { equals: publishd } }) { docs { title } } }'),
    /"publishd" does not exist/,
    /Did you mean/,
  ],
  [
    'a misspelt enum in variables',
    () =>
      gql('query($s: Article__status_Input) { Articles(where: { _status: { equals: $s } }) { docs { title } } }', {
        s: 'publishd',
      }),
    /"publishd" does not exist/,
    /Did you mean/,
  ],
  [
    'a directive with a wrong argument',
    () => gql('{ Articles { docs { title @include(if: "x") } } }'),
    /Boolean cannot represent/,
  ],
  ['a directive without its argument', () => gql('{ Articles { docs { title @skip } } }'), /argument "if"/],
  ['an unknown directive', () => gql('{ Articles { docs { title @nope } } }'), /Unknown directive "@nope"/],
  ['a subscription', () => gql('subscription { Articles { docs { title } } }'), /Subscriptions are not supported/],
  [
    'two operations of one name',
    () => gql('query A { Articles { docs { title } } } query A { Articles { docs { title } } }'),
    /only one operation named "A"/,
  ],
  [
    'an anonymous operation beside another',
    () => gql('{ Articles { docs { title } } } query B { Articles { docs { title } } }'),
    /anonymous operation must be the only/,
  ],
  [
    'an unknown operationName',
    () => gql('query A { Articles { docs { title } } }', undefined, 'B'),
    /No operation is named "B"/,
  ],
  [
    'a variable of the wrong type',
    () => gql('query($n: Int) { Articles(limit: $n) { docs { title } } }', { n: 'x' }),
    /Int cannot represent/,
  ],
  [
    'a missing required variable',
    () => gql('query($n: Int!) { Articles(limit: $n) { docs { title } } }'),
    /"\$n" of required type "Int!" was not provided/,
  ],
  ['a syntax error', () => gql('{ Articles { docs { title }'), /Syntax Error/],
  ['an id that is not an Int', () => gql('{ Article(id: "abc") { title } }'), /Int cannot represent/],
  ['a body of JSON null', () => gqlRaw('null'), /must be a JSON object/],
  ['a body that is a string', () => gqlRaw('"{ Articles { docs { title } } }"'), /must be a JSON object/],
  [
    'a batch (a list of operations)',
    () => gqlRaw('[{"query":"{ Articles { docs { title } } }"}]'),
    /must be a JSON object/,
  ],
  ['a body without query', () => gqlRaw('{}'), /no "query"/],
  ['a query that is a number', () => gqlRaw('{"query":1}'), /no "query"/],
  [
    'variables that are a string',
    () => gqlRaw('{"query":"{ Articles { docs { title } } }","variables":"x"}'),
    /"variables" must be an object/,
  ],
  [
    'operationName that is a number',
    () => gqlRaw('{"query":"{ Articles { docs { title } } }","operationName":1}'),
    /"operationName" must be a string/,
  ],
  [
    '__proto__ in variables',
    () => gqlRaw('{"query":"{ Articles { docs { title } } }","variables":{"__proto__":{"x":1}}}'),
    /"__proto__" is not allowed/,
  ],
]
const graphqlInvalid: Case[] = GRAPHQL_INVALID.map(([name, attempt, message, unsaid]) => ({
  group: 'GraphQL validation',
  name,
  attempt,
  status: 400,
  message,
  unsaid,
}))
graphqlInvalid.push(
  ...(['application/graphql', 'text/plain', 'application/x-www-form-urlencoded'] as const).map((type) => ({
    group: 'GraphQL validation',
    name: `a body sent as ${type}`,
    attempt: () =>
      gqlRaw(
        type === 'application/graphql'
          ? '{ Articles { docs { title } } }'
          : '{"query":"{ Articles { docs { title } } }"}',
        type,
      ),
    status: 415,
    message: /as JSON/,
  })),
)
/** Field errors: GraphQL answers 200 with the error and its status (see graphqlPaging). */
const graphqlFieldError =
  (query: string, token?: string): Attempt =>
  async () => {
    const response = await gql(query, undefined, undefined, token)
    const status = response.body?.errors?.[0]?.extensions?.statusCode ?? response.status
    return { ...response, status }
  }
graphqlInvalid.push(
  ...[
    [
      'text with all',
      '{ Articles(where: { title: { all: "x" } }) { docs { title } } }',
      /title \(text\) cannot be filtered with "all"/,
    ],
    [
      'rich text with like',
      '{ Articles(where: { body: { like: "x" } }) { docs { title } } }',
      /body \(richText\) cannot be filtered with "like"/,
    ],
    [
      'a relation id that is text',
      '{ Articles(where: { relatedProjects: { equals: "abc" } }) { docs { title } } }',
      /is not an id/,
    ],
    [
      'a version parent that is text',
      '{ versionsArticles(where: { parent: { equals: "abc" } }) { docs { id } } }',
      /parent equals: "abc" is not an id/,
    ],
    ['a NUL byte in a filter', '{ Articles(where: { title: { like: "\\u0000" } }) { docs { title } } }', /NUL/],
    ['a sort on rich text', '{ Articles(sort: "body") { docs { title } } }', /Cannot sort by: body/],
  ].map(([name, query, message]) => ({
    group: 'GraphQL validation',
    name: `where: ${name as string}`,
    attempt: graphqlFieldError(query as string, admin),
    status: 400,
    message: message as RegExp,
  })),
)

const CASES: Case[] = [
  ...malformed,
  ...stepInput,
  ...badWorkflows,
  ...wrongTypes,
  ...longStrings,
  ...hugeBodies,
  ...paging,
  ...graphqlPaging,
  ...hostileQueries,
  ...hostileLexical,
  ...uploads,
  ...fromUrl,
  ...repeated,
  ...operatorsPerType,
  ...nonObjectBodies,
  ...noVersions,
  ...badPaths,
  ...badForms,
  ...graphqlInvalid,
]

const stored = async () => ({ db: await fingerprint(ctx.db), files: (await fs.readdir(ctx.mediaDir)).sort() })

describe('bad input', () => {
  it('has at least 100 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(100))

  it.each(CASES.map((c) => [`${c.group}: ${c.name}`, c] as const))(
    '%s',
    async (_label, { attempt, status, message, unsaid }) => {
      const before = await stored()
      const response = await attempt()
      const text = expectCleanBody(response.body)
      if (status) expect(response.status, text.slice(0, 300)).toBe(status)
      expect(response.status, text.slice(0, 300)).toBeGreaterThanOrEqual(400)
      expect(response.status, text.slice(0, 300)).toBeLessThan(500)
      type Errors = { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]
      const errors = (response.body as { errors?: Errors })?.errors
      // The message, and for a validation error the fields it names and what it says of each.
      const said =
        errors
          ?.map((e) =>
            [e.message ?? '', ...(e.data?.errors ?? []).flatMap((f) => [f.path ?? '', f.message ?? ''])].join(' '),
          )
          .join(' ') ??
        (response.body as { message?: string })?.message ??
        ''
      expect(said.length, 'the answer says what was wrong').toBeGreaterThan(0)
      if (message) expect(said).toMatch(message)
      if (unsaid) expect(said).not.toMatch(unsaid)
      expect(await stored()).toEqual(before)
    },
  )
})

describe('odd but harmless', () => {
  it.each([
    "where[title][equals]=x'; DROP TABLE articles;--",
    'where[title][like]=%25%27%20OR%201%3D1--',
    'where[title][in]=a,b,c',
    'where[title][like]=%5C',
    'where[title][equals]=%E0%A4%A',
    'locale=xx',
  ])('answers %s as a plain search, and nothing is lost', async (query) => {
    const before = await stored()
    const response = await get(`/articles?${query}`)
    expect(response.status).toBe(200)
    expect(response.body.docs).toEqual([])
    expect(await stored()).toEqual(before)
  })
})

describe('an id with SQL after it', () => {
  it("refuses /articles/1' OR '1'='1 (Payload would read the leading number as article 1)", async () => {
    const before = await stored()
    const response = await get(`/articles/${articleId}'%20OR%20'1'='1`, editor)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/An id must be a whole number/)
    expect(await stored()).toEqual(before)
  })
})

describe('HTML and script in text fields', () => {
  const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
  it.each([
    ['articles', article, ['kicker', 'title', 'subtitle', 'lead', 'source']],
    ['projects', project, ['name', 'quantityUnit', 'county', 'summary']],
    ['honors', honor, ['title', 'awardedBy', 'recipient', 'description']],
  ] as const)('stores them in %s as the text typed, nothing more', async (collection, base, fields) => {
    const value = (field: string) => (field === 'quantityUnit' ? '<b>x</b>' : `${SCRIPT}${field}`.slice(0, 200))
    const data = { ...base, ...Object.fromEntries(fields.map((f) => [f, value(f)])) }
    const response = await post(`/${collection}?draft=true`, data)
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const [row] = await ctx.db.query(`SELECT * FROM ${collection} WHERE id = $1`, [response.body.doc.id])
    for (const field of fields) {
      const column = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
      expect(row[column], field).toBe(value(field))
    }
    // The site renders these escaped: tests/e2e/site.test.ts.
  })
})

describe('ordinary reads the checks must not refuse', () => {
  it.each([
    '/articles?sort=-publishedAt&limit=20&depth=1',
    '/articles?sort=_status,-updatedAt,workflowStatus',
    '/articles?sort=relatedProjects.name',
    '/articles?select[title]=true&select[_status]=true&select[relatedProjects][name]=true',
    '/articles?depth=5&limit=500&page=1',
    '/articles/versions?sort=-updatedAt&where[parent][exists]=true',
    '/articles/versions?sort=version.title&select[version][title]=true',
    '/projects?where[categories][in]=education&sort=-investment',
    '/media?limit=10&depth=0&sort=-createdAt',
    '/users/me',
    // What the admin itself sends: list search, relationship pickers, version views, locks, trash.
    '/articles?where[or][0][and][0][title][like]=%E5%9D%8F&limit=10&page=1&sort=-updatedAt&depth=0',
    '/articles?where[and][0][id][not_in][0]=1&where[and][1][title][like]=x',
    '/articles?where[relatedProjects][in][0]=1&where[relatedProjects][in][1]=2',
    '/articles?where[relatedProjects][contains][name][like]=x',
    '/articles?where[_status][equals]=published&where[publishedAt][less_than_equal]=2030-01-01T00:00:00.000Z',
    '/articles?where[deletedAt][exists]=true&trash=true',
    '/articles/versions?where[parent][equals]=1&where[latest][equals]=true&where[version._status][equals]=draft',
    '/articles/count?where[workflowStatus][in]=draft,in_review',
    '/projects?where[township][contains]=%E4%B9%A1&where[investment][greater_than]=100',
    '/payload-locked-documents?where[document.relationTo][equals]=articles&where[document.value][equals]=1',
    '/payload-preferences?where[key][equals]=nav&where[user.relationTo][equals]=users',
    '/users?where[roles][in]=editor,admin&where[email][like]=test',
  ])('answers %s with a 200', async (path) => {
    const response = await get(path, admin)
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200)
  })
})
