import { describe, expect, it } from 'vitest'

import { loginCookieCounts } from '../../../src/auth/loginCookieOrigin'

const OWN = ['https://column.example.com', 'http://127.0.0.1:3000']

describe('loginCookieCounts', () => {
  it.each<[string, Record<string, string>, boolean]>([
    // Origin, when sent, decides alone.
    ['its own Origin', { Origin: 'https://column.example.com', 'Sec-Fetch-Site': 'same-origin' }, true],
    ['another allowed name of the site', { Origin: 'http://127.0.0.1:3000' }, true],
    ['a foreign Origin', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, false],
    ['a sibling subdomain', { Origin: 'https://www.column.example.com', 'Sec-Fetch-Site': 'same-site' }, false],
    ['another port', { Origin: 'https://column.example.com:8443', 'Sec-Fetch-Site': 'same-site' }, false],
    ['a look-alike', { Origin: 'https://column.example.com.evil.example' }, false],
    ['another scheme', { Origin: 'http://column.example.com' }, false],
    ['Origin null (sandboxed frame, redirect)', { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }, false],
    ['an empty Origin', { Origin: '' }, false],
    // Without Origin, Sec-Fetch-Site decides.
    ['a same-origin GET fetch', { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'cors' }, true],
    ['a typed address or bookmark', { 'Sec-Fetch-Site': 'none', 'Sec-Fetch-Mode': 'navigate' }, true],
    ['a same-site image or script', { 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'no-cors' }, false],
    ['a same-site navigation', { 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'navigate' }, false],
    ['a cross-site navigation', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' }, false],
    ['an unknown value', { 'Sec-Fetch-Site': 'same-party' }, false],
    ['an upper-case value', { 'Sec-Fetch-Site': 'SAME-ORIGIN' }, true],
    // Neither: not a browser (which sends its token in the Authorization header), or one too old to tell.
    ['no fetch metadata at all', {}, false],
    ['only other metadata', { 'Sec-Fetch-Mode': 'navigate' }, false],
  ])('%s → %s', (_name, headers, expected) => {
    expect(loginCookieCounts(new Headers(headers), OWN)).toBe(expected)
  })

  it('counts no Origin at all when the site has no origins configured', () => {
    expect(loginCookieCounts(new Headers({ Origin: 'https://column.example.com' }), [])).toBe(false)
  })
})
