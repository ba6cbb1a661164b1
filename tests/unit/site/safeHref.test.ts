import { describe, expect, it } from 'vitest'

import { safeHref } from '@/site/safeHref'

describe('safeHref: links from rich text render only when harmless', () => {
  it.each([
    ['https://www.dzwww.com/', 'https://www.dzwww.com/'],
    ['http://example.com/a?b=1', 'http://example.com/a?b=1'],
    ['mailto:editor@example.com', 'mailto:editor@example.com'],
    ['tel:+86-533-1234567', 'tel:+86-533-1234567'],
    ['/projects?category=education', '/projects?category=education'],
    ['#section-2', '#section-2'],
  ])('keeps %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
    '/\\evil.example/',
    '',
    'not a url',
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull()
  })

  it.each([null, undefined, 42, {}, ['https://x']])('refuses the non-string %j', (input) => {
    expect(safeHref(input)).toBeNull()
  })
})
