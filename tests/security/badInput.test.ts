import fs from 'node:fs/promises'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
 * the first upload refusals are in tests/int/validation.test.ts and media.test.ts.
 */
let ctx: TestContext
let editor: string
let admin: string
let articleId: number
let mediaId: number

const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])
const article = { title: '坏输入测试', body }
const project = { name: '坏输入项目', categories: ['education'], fundingType: 'aid_funds', status: 'planned' }
const honor = { title: '坏输入荣誉', level: 'county', awardedBy: '昂仁县' }

beforeAll(async () => {
  ctx = await startTestPayload()
  const e = await createUser(ctx.payload, ['editor'])
  editor = await ctx.rest.login(e.email, TEST_PASSWORD)
  const a = await createUser(ctx.payload, ['admin'])
  admin = await ctx.rest.login(a.email, TEST_PASSWORD)
  articleId = (await ctx.rest.post('/articles?draft=true', article, editor)).body.doc.id
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

const CASES: Case[] = [
  ...malformed,
  ...wrongTypes,
  ...longStrings,
  ...hugeBodies,
  ...paging,
  ...graphqlPaging,
  ...hostileQueries,
  ...hostileLexical,
  ...uploads,
  ...fromUrl,
]

const stored = async () => ({ db: await fingerprint(ctx.db), files: (await fs.readdir(ctx.mediaDir)).sort() })

describe('bad input', () => {
  it('has at least 100 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(100))

  it.each(CASES.map((c) => ({ ...c, label: `${c.group}: ${c.name}` })))(
    '$label',
    async ({ attempt, status, message }) => {
      const before = await stored()
      const response = await attempt()
      const text = expectCleanBody(response.body)
      if (status) expect(response.status, text.slice(0, 300)).toBe(status)
      expect(response.status, text.slice(0, 300)).toBeGreaterThanOrEqual(400)
      expect(response.status, text.slice(0, 300)).toBeLessThan(500)
      type Errors = { message?: string; data?: { errors?: { path?: string }[] } }[]
      const errors = (response.body as { errors?: Errors })?.errors
      // The message, and for a validation error the paths of the fields it names.
      const said =
        errors?.map((e) => [e.message ?? '', ...(e.data?.errors ?? []).map((f) => f.path ?? '')].join(' ')).join(' ') ??
        (response.body as { message?: string })?.message ??
        ''
      expect(said.length, 'the answer says what was wrong').toBeGreaterThan(0)
      if (message) expect(said).toMatch(message)
      expect(await stored()).toEqual(before)
    },
  )
})

describe('odd but harmless', () => {
  it.each([
    "where[title][equals]=x'; DROP TABLE articles;--",
    'where[title][like]=%25%27%20OR%201%3D1--',
    'where[title][in]=a,b,c',
    'where[id][equals]=abc',
    'where[publishedAt][greater_than]=0x7fffffff-99-99',
  ])('answers %s as a plain search, and nothing is lost', async (query) => {
    const before = await stored()
    const response = await get(`/articles?${query}`)
    expect(response.status).toBe(200)
    expect(response.body.docs).toEqual([])
    expect(await stored()).toEqual(before)
  })
})

describe('an id with SQL after it', () => {
  it("reads /articles/1' OR '1'='1 as article 1 (Payload takes the leading number), nothing more", async () => {
    const before = await stored()
    const response = await get(`/articles/${articleId}'%20OR%20'1'='1`, editor)
    expect(response.status).toBe(200)
    expect(response.body.id).toBe(articleId)
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
  ])('answers %s with a 200', async (path) => {
    const response = await get(path, admin)
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200)
  })
})
