import { validOperators } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queryFieldsOf } from '../../src/api/guardQueryArgs'
import type { QueryField } from '../../src/api/queryFields'
import { operatorsFor } from '../../src/api/whereOperators'
import { buildLexicalDocument } from '../../src/lexical/buildDocument'
import type { RestResponse } from '../int/helpers/restClient'
import { startTestPayload, type TestContext } from '../int/helpers/testPayload'
import { createUser, TEST_PASSWORD } from '../int/helpers/users'

/**
 * A broad, generated set of odd requests against REST and GraphQL: none may be answered with a 5xx,
 * and no answer, whatever its status, may carry an internal address (127.0.0.1, localhost:<port>,
 * the database URL), a file-system path or a stack trace. Every field of every collection the API
 * serves is filtered with every operator Payload knows: those its type takes (whereOperators.ts)
 * must work (200), the others be refused (4xx). Site pages are served by Next, which this in-process
 * harness does not run: the proxy that refuses their malformed paths is tested in
 * tests/unit/site/proxy.test.ts.
 */
const ctx: TestContext = await startTestPayload()
let admin: string
let editor: string
let articleId: number
/** One document of each editorial collection waiting at its first stage (初审). */
const inReview: Record<string, number> = {}

beforeAll(async () => {
  admin = await ctx.rest.login((await createUser(ctx.payload, ['admin'])).email, TEST_PASSWORD)
  editor = await ctx.rest.login((await createUser(ctx.payload, ['editor'])).email, TEST_PASSWORD)
  const body = buildLexicalDocument([{ type: 'paragraph', text: '正文。' }])
  articleId = (await ctx.rest.post('/articles?draft=true', { title: '无错误测试', body }, editor)).body.doc.id
  const drafts: Record<string, Record<string, unknown>> = {
    articles: { title: '待审', body },
    projects: { name: '待审项目', categories: ['education'], fundingType: 'aid_funds', status: 'planned' },
    honors: { title: '待审荣誉', level: 'county', awardedBy: '昂仁县' },
  }
  for (const [collection, data] of Object.entries(drafts)) {
    const id = (await ctx.rest.post(`/${collection}?draft=true`, data, editor)).body.doc.id
    expect((await ctx.rest.post(`/${collection}/${id}/workflow`, { action: 'submit' }, editor)).status).toBe(200)
    inReview[collection] = id
  }
})
afterAll(() => ctx?.close())

const LEAKS = [
  /127\.0\.0\.1/,
  /localhost:\d+/,
  /\[::1\]/,
  /postgres(ql)?:\/\//i,
  /\/work\//,
  /\/tmp\//,
  /node_modules/,
  /\bat [\w$.<>]+ \(/,
  /\.[cm]?[jt]s:\d+/,
  /Failed query/i,
]

interface Attempt {
  label: string
  send: () => Promise<RestResponse>
  /**
   * The status wanted, when the request is ordinary enough to have one; else any non-5xx. A filter
   * the guard lets through may still be refused by Payload's own path check (an account's sessions,
   * a version's autosave flag): "200" accepts that clean 400 too.
   */
  expected?: 200 | '4xx'
}

const payloadRefusedPath = (response: RestResponse) =>
  response.status === 400 && response.body?.errors?.[0]?.name === 'QueryError'

/** Sends every attempt; returns what went wrong, one line each (the list must be empty). */
async function failuresOf(attempts: Attempt[]): Promise<string[]> {
  const leaks = [...LEAKS, new RegExp(new URL(ctx.db.url).host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))]
  const failures: string[] = []
  for (const { label, send, expected } of attempts) {
    let response: RestResponse
    try {
      response = await send()
    } catch (error) {
      failures.push(`${label}: threw ${(error as Error).message}`)
      continue
    }
    const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '')
    const summary = `${label}: ${response.status} ${text.slice(0, 160)}`
    if (response.status >= 500) failures.push(summary)
    else if (expected === 200 && response.status !== 200 && !payloadRefusedPath(response)) {
      failures.push(`${summary} (expected 200)`)
    } else if (expected === '4xx' && (response.status < 400 || response.status >= 500))
      failures.push(`${summary} (expected 4xx)`)
    const leak = leaks.find((pattern) => pattern.test(text))
    if (leak) failures.push(`${label}: leaks ${leak}: ${text.slice(0, 160)}`)
  }
  return failures
}

const config = ctx.payload.config
const tree = queryFieldsOf(config, 'number')
const served = config.collections.filter((c) => c.endpoints !== false).map((c) => c.slug)

/** Every path a filter may name: top-level fields, a group's or array's fields, a relation's id. */
function filterPaths(slug: string): [string, QueryField][] {
  const paths: [string, QueryField][] = []
  for (const [name, field] of tree.of(slug)) {
    paths.push([name, field])
    if (!field.children || name === 'version' || name === 'parent') continue
    for (const [child, childField] of field.children()) {
      const relation = field.type === 'relationship' || field.type === 'upload'
      if (relation && child !== 'id' && !field.polymorphic) continue
      paths.push([`${name}.${child}`, childField])
    }
  }
  return paths
}

/** A value the field can hold, as the query string sends it. */
function sample(field: QueryField): string {
  if (field.options) return field.options[0]
  switch (field.type) {
    case 'id':
    case 'relationship':
    case 'upload':
    case 'number':
      return '1'
    case 'date':
      return '2024-01-01T00:00:00.000Z'
    case 'checkbox':
      return 'true'
    default:
      return 'a'
  }
}

function operand(operator: string, field: QueryField): string {
  if (operator === 'exists') return 'true'
  if (['in', 'not_in', 'all'].includes(operator)) {
    const value = sample(field)
    return field.options && field.options.length > 1 ? `${field.options[0]},${field.options[1]}` : `${value},${value}`
  }
  if (operator === 'near') return '1,2,1000'
  return encodeURIComponent(sample(field))
}

/** Names a versions read takes (the field tree offers them on both reads: Payload's hook cannot tell them apart). */
const VERSION_PATHS = new Set(['version', 'parent', 'latest', 'autosave', 'snapshot'])
const routeFor = (slug: string, path: string) =>
  VERSION_PATHS.has(path.split('.')[0]) ? `/${slug}/versions` : `/${slug}`

/** A polymorphic relationship is matched by a { relationTo, value } pair. */
function condition(path: string, operator: string, field: QueryField): string {
  if (field.polymorphic && operator !== 'exists') {
    const relationTo = field.children?.().get('relationTo')?.options?.[0] ?? ''
    return `where[${path}][${operator}][relationTo]=${relationTo}&where[${path}][${operator}][value]=1`
  }
  return `where[${path}][${operator}]=${operand(operator, field)}`
}

describe('no 5xx and no internals in any answer', () => {
  it('filters every field of every collection with every operator', async () => {
    const readable = new Set<string>()
    for (const slug of served) if ((await ctx.rest.get(`/${slug}?limit=1`, admin)).status === 200) readable.add(slug)
    const attempts: Attempt[] = served.flatMap((slug) =>
      filterPaths(slug).flatMap(([path, field]) =>
        validOperators.map((operator) => {
          const allowed = operatorsFor(field).includes(operator)
          const judged = readable.has(slug)
          return {
            label: `GET ${routeFor(slug, path)}?where[${path}][${operator}]`,
            send: () => ctx.rest.get(`${routeFor(slug, path)}?${condition(path, operator, field)}`, admin),
            expected: !judged ? undefined : allowed ? (200 as const) : ('4xx' as const),
          }
        }),
      ),
    )
    expect(attempts.length).toBeGreaterThan(2000)
    expect(await failuresOf(attempts)).toEqual([])
  })

  it('sorts by and selects every field of every collection', async () => {
    const attempts: Attempt[] = served.flatMap((slug) =>
      filterPaths(slug).flatMap(([path]) => [
        {
          label: `GET /${slug}?sort=${path}`,
          send: () => ctx.rest.get(`${routeFor(slug, path)}?sort=${path}&limit=5`, admin),
        },
        {
          label: `GET /${slug}?sort=-${path}`,
          send: () => ctx.rest.get(`${routeFor(slug, path)}?sort=-${path}&limit=5`, admin),
        },
        {
          label: `GET /${slug}?select[${path}]`,
          send: () => ctx.rest.get(`${routeFor(slug, path)}?select[${path.split('.')[0]}]=true&limit=5`, admin),
        },
      ]),
    )
    expect(await failuresOf(attempts)).toEqual([])
  })

  const ODD_QUERIES = [
    'limit=-1',
    'limit=0',
    'limit=abc',
    'limit[]=1',
    'limit=1e400',
    'page=0',
    'page=-1',
    'page=abc',
    'page=99999999999999999999',
    'page=999999',
    'depth=abc',
    'depth=-1',
    'depth=99',
    'depth[]=1',
    'draft=maybe',
    'draft[]=true',
    'trash=maybe',
    'pagination=maybe',
    'locale=xx',
    'locale[]=a',
    'fallback-locale=%00',
    'sort=nope',
    'sort=-',
    'sort=,',
    'sort[x]=1',
    'sort=' + 'a'.repeat(5000),
    'select=garbage',
    'select[]=1',
    'select[nope]=true',
    'select[title][x]=1',
    'populate=x',
    'populate[nope][x]=true',
    'joins=x',
    'joins[x][limit]=abc',
    'where=abc',
    'where=%7B',
    'where=%5B1%5D',
    'where[or]=x',
    'where[or][0]=x',
    'where[and][0][and][0][and][0][and][0][and][0][and][0][id][equals]=1',
    'where[__proto__][x]=1',
    'where[id][equals][deep][er]=1',
    'where[id][in][]=',
    'where[id][like]=%25',
    'where[id][equals]=%E0%A4%A',
    'where[nope.nope.nope][equals]=1',
    '%zz=%zz',
    'a'.repeat(3000) + '=1',
    '&&&==&',
    'data=%7B',
    'data=null',
  ]
  const QUERY_PATHS = (slug: string) => [
    `/${slug}`,
    `/${slug}/count`,
    `/${slug}/versions`,
    `/${slug}/1`,
    `/${slug}/versions/1`,
  ]

  it('answers odd query strings on every collection and global', async () => {
    const paths = [
      ...served.flatMap(QUERY_PATHS),
      ...config.globals.flatMap((g) => [`/globals/${g.slug}`, `/globals/${g.slug}/versions`]),
    ]
    const attempts: Attempt[] = paths.flatMap((path) =>
      ODD_QUERIES.flatMap((query) =>
        [admin, undefined].map((token) => ({
          label: `GET ${path}?${query.slice(0, 60)} as ${token ? 'admin' : 'anonymous'}`,
          send: () => ctx.rest.get(`${path}?${query}`, token),
        })),
      ),
    )
    expect(await failuresOf(attempts)).toEqual([])
  })

  const ODD_SEGMENTS = [
    'abc',
    '0',
    '-1',
    '1.5',
    '1e3',
    '99999999999999999999',
    '%00',
    '%zz',
    '%E0%A4%A',
    '%',
    '..',
    '%2F',
    ' ',
    'null',
    'undefined',
    '[]',
  ]
  const BODIES: [string, string | undefined, string | undefined][] = [
    ['no body', undefined, undefined],
    ['{}', '{}', 'application/json'],
    ['null', 'null', 'application/json'],
    ['"x"', '"x"', 'application/json'],
    ['[]', '[]', 'application/json'],
    ['{', '{', 'application/json'],
    ['{"id":"abc","title":1}', '{"id":"abc","title":1}', 'application/json'],
    ['text/plain', 'x', 'text/plain'],
    ['broken multipart', '--b\r\nnope', 'multipart/form-data; boundary=b'],
  ]

  it('answers every method on odd paths with odd bodies', async () => {
    const paths = [
      ...served.flatMap((slug) => [
        `/${slug}`,
        ...ODD_SEGMENTS.flatMap((segment) => [`/${slug}/${segment}`, `/${slug}/versions/${segment}`]),
        `/${slug}/${articleId}/workflow`,
        `/${slug}/abc/workflow`,
        `/${slug}/access/abc`,
        `/${slug}/abc/duplicate`,
      ]),
      '/nope',
      '/nope/1',
      '/payload-migrations',
      '/payload-migrations/1',
      '/globals/nope',
      ...config.globals.flatMap((g) => [
        `/globals/${g.slug}`,
        `/globals/${g.slug}/versions/abc`,
        `/globals/${g.slug}/%zz`,
      ]),
      '/access',
      '/users/me',
      '/users/init',
      '/users/verify/%00',
      '/users/verify/abc',
      '/media/file/%00',
      '/media/file/..%2F..%2Fetc%2Fpasswd',
      '/media/file/nope.png',
      '/',
      '//',
      '/%',
    ]
    const attempts: Attempt[] = paths.flatMap((path) =>
      (['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'] as const).flatMap((method) =>
        (method === 'GET' || method === 'OPTIONS' || method === 'DELETE' ? BODIES.slice(0, 1) : BODIES).map(
          ([name, body, type]) => ({
            // Writes as an editor: an admin could delete what later requests read.
            label: `${method} ${path} ← ${name}`,
            send: () =>
              ctx.rest.request(method, path, { body, headers: type ? { 'Content-Type': type } : {}, token: editor }),
          }),
        ),
      ),
    )
    expect(attempts.length).toBeGreaterThan(1000)
    expect(await failuresOf(attempts)).toEqual([])
  })

  /** Values of every JSON kind, odd in size or shape, for any field of a workflow step. */
  const ODD_VALUES: unknown[] = [
    {},
    { id: 1 },
    { $gt: 0 },
    { __proto__: { x: 1 } },
    [],
    [1],
    ['approve'],
    1e308,
    -1,
    0,
    1.5,
    2 ** 31,
    2 ** 53 + 2,
    true,
    false,
    '',
    ' ',
    '1',
    'abc',
    '\u0000',
    '%00',
    '9'.repeat(400),
    'x'.repeat(100_000),
    '2025-02-30T08:00:00+08:00',
    '0000-01-01T00:00:00Z',
  ]
  /** Each field of the body, with the action that reads it (the assignee is looked up for reassign). */
  const STEP_FIELDS: [string, string][] = [
    ['action', ''],
    ['assignee', 'reassign'],
    ['assignee', 'approve'],
    ['comment', 'request_changes'],
    ['publishAt', 'sign_off'],
    ['overrideChecks', 'approve'],
    ['version', 'approve'],
  ]

  it('answers odd workflow-step bodies on every editorial collection, a reassignment by an admin included', async () => {
    const attempts: Attempt[] = Object.entries(inReview).flatMap(([collection, id]) =>
      STEP_FIELDS.flatMap(([field, action]) =>
        ODD_VALUES.flatMap((value) =>
          [editor, admin].map((token) => ({
            label: `POST /${collection}/${id}/workflow ← ${field}: ${JSON.stringify(value).slice(0, 40)} (${action || 'as the action'}, ${token === admin ? 'admin' : 'editor'})`,
            send: () =>
              ctx.rest.request('POST', `/${collection}/${id}/workflow`, {
                body: JSON.stringify(field === 'action' ? { action: value } : { action, [field]: value }),
                headers: { 'Content-Type': 'application/json' },
                token,
              }),
            // Some are plain steps after all ('1' names the admin, '' is no assignee): no 5xx is the rule.
          })),
        ),
      ),
    )
    expect(attempts.length).toBeGreaterThan(1000)
    expect(await failuresOf(attempts)).toEqual([])
  })

  it('answers odd bodies on the auth routes', async () => {
    const AUTH = [
      'login',
      'logout',
      'refresh-token',
      'forgot-password',
      'reset-password',
      'unlock',
      'first-register',
      'me',
    ]
    const BAD = [
      '{}',
      'null',
      '[]',
      '{"email":{}}',
      '{"email":["a"],"password":{}}',
      '{"token":1,"password":null}',
      '{"email":"a\\u0000@x.y","password":"p"}',
    ]
    const attempts: Attempt[] = AUTH.flatMap((route) =>
      BAD.map((body) => ({
        label: `POST /users/${route} ← ${body}`,
        send: () =>
          ctx.rest.request('POST', `/users/${route}`, { body, headers: { 'Content-Type': 'application/json' } }),
      })),
    )
    expect(await failuresOf(attempts)).toEqual([])
  })

  it('answers odd GraphQL requests', async () => {
    const list = config.collections
      .filter((c) => c.graphQL !== false && c.endpoints !== false)
      .map((c) => (c.graphQL && typeof c.graphQL === 'object' && c.graphQL.pluralName) || null)
      .filter(Boolean)
    const DOCUMENTS = [
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      'query { ...A } fragment A on Query { ...A }',
      'query { ...A } fragment A on Nope { x }',
      '{ x @skip }',
      '{ __typename @include(if: "x") }',
      '{ __typename @nope }',
      'subscription { x }',
      'mutation { nope }',
      '{',
      '}',
      '',
      '{ __schema { types { name } } }',
      '{ __type(name: "User") { fields { name } } }',
      '{ Users { docs { hsh } } }',
      'query A { __typename } query A { __typename }',
      'query($a: Int) { __typename }',
      'query($a: Nope) { __typename }',
      '{ Articles(where: { title: { all: "x" } }) { docs { title } } }',
      '{ Articles(where: { body: { like: "x" } }) { docs { title } } }',
      '{ Articles(where: { publishedAt: { like: "x" } }) { docs { title } } }',
      '{ Articles(where: { title: { equals: "\\u0000" } }) { docs { title } } }',
      '{ Articles(where: { relatedProjects: { equals: "abc" } }) { docs { title } } }',
      '{ Articles(where: { OR: [{ title: { equals: "x" } }] }) { docs { title } } }',
      '{ Articles(sort: "body") { docs { title } } }',
      '{ Articles(sort: "nope") { docs { title } } }',
      '{ Articles(limit: -1, page: 0) { docs { title } } }',
      '{ Article(id: 0) { title } }',
      '{ Article(id: 2147483647) { title } }',
      '{ versionsArticles(where: { parent: { equals: "abc" } }) { docs { id } } }',
      '{ versionArticle(id: "abc") { id } }',
      'mutation { createArticle(data: { title: "x" }) { id } }',
      'mutation { updateArticle(id: 999999, data: { title: "x" }) { id } }',
      'mutation { deleteArticle(id: 999999) { id } }',
      `{ ${'Articles { docs { relatedProjects { '.repeat(12)}id${' } } }'.repeat(12)} }`,
      `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: Articles { docs { title } }`).join(' ')} }`,
      ...list.map((plural) => `{ ${plural}(where: { id: { like: "x" } }, limit: 1) { docs { id } } }`),
    ]
    const bodies = [
      ...DOCUMENTS.map((query) => JSON.stringify({ query })),
      'null',
      '"x"',
      '[]',
      '{}',
      '{"query":1}',
      '{"query":"{ __typename }","variables":"x"}',
      '{"query":"query($a: Int) { __typename }","variables":{"a":"x"}}',
      '{"query":"{ __typename }","operationName":"Nope"}',
      '{',
    ]
    const attempts: Attempt[] = bodies.flatMap((body) =>
      [admin, undefined].flatMap((token) =>
        ['application/json', 'text/plain'].map((type) => ({
          label: `POST /graphql (${type}, ${token ? 'admin' : 'anonymous'}) ← ${body.slice(0, 80)}`,
          send: () => ctx.rest.request('POST', '/graphql', { body, headers: { 'Content-Type': type }, token }),
        })),
      ),
    )
    expect(await failuresOf(attempts)).toEqual([])
  })
})
