import { describe, expect, it } from 'vitest'

import { queryStringProblem } from '../../../src/api/queryString'

describe('queryStringProblem', () => {
  it.each([
    '',
    '?limit=10&page=2&depth=0',
    '?draft=true&trash=false&pagination=false',
    '?where[title][like]=x&where[title][like]=y',
    '?where=%7B%22title%22%3A%7B%22equals%22%3A%22x%22%7D%7D',
    '?sort=title&sort=-publishedAt',
    '?sort[0]=title&sort[]=lead',
    '?select[title]=true&select[relatedProjects][name]=true',
    '?populate[projects][name]=true',
    '?locale=zh',
    '?%zz=1',
    '?unknown[deep][er]=1',
  ])('accepts %s', (search) => {
    expect(queryStringProblem(search)).toBeNull()
  })

  it.each([
    ['?limit[]=1', /limit takes one plain value/],
    ['?depth[x]=1', /depth takes one plain value/],
    ['?limit=1&limit=2', /limit is given more than once/],
    ['?locale=zh&locale=en', /locale is given more than once/],
    ['?limit=abc', /limit must be a whole number/],
    ['?page=1.5', /page must be a whole number/],
    ['?page=-1', /page must be a whole number/],
    ['?depth=', /depth must be a whole number/],
    ['?draft=maybe', /draft must be true or false/],
    ['?trash=1', /trash must be true or false/],
    ['?where=abc', /where must be a JSON object/],
    ['?where=%5B%5D', /where must be a JSON object/],
    ['?data=null', /data must be a JSON object/],
    ['?select=garbage', /select names fields in brackets/],
    ['?select[title]=garbage', /select\[title\] must be true or false/],
    ['?populate=x', /populate names fields/],
    ['?sort[x]=1', /sort takes field names/],
    ['?where[title][equals]=%00', /NUL/],
    ['?queue=%00', /NUL/],
    ['?where[constructor][equals]=1', /may not use the name "constructor"/],
    ['?where[title][__proto__]=1', /"__proto__"/],
    ['?where[or][0][toString][equals]=1', /"toString"/],
    ['?hasOwnProperty=1', /"hasOwnProperty"/],
  ])('refuses %s', (search, message) => {
    expect(queryStringProblem(search)).toMatch(message)
  })
})
