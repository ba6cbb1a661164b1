import { describe, expect, it } from 'vitest'

import { fileNameProblem, uploadFormProblem } from '../../../src/api/uploadForm'

describe('uploadFormProblem', () => {
  it.each([
    [
      [
        { name: 'file', filename: '昂仁县.png' },
        { name: '_payload', text: '{"alt":"x"}' },
      ],
    ],
    [[{ name: 'file', filename: 'a b (1).jpg' }]],
    [[{ name: 'alt', text: 'anything' }]],
  ])('accepts %j', (parts) => {
    expect(uploadFormProblem(parts)).toBeNull()
  })

  it.each([
    [[{ name: 'file', filename: 'a\u0000b.png' }], /control character/],
    [[{ name: 'file', filename: 'a\nb.png' }], /control character/],
    [[{ name: 'file', filename: `${'图'.repeat(90)}.png` }], /too long/],
    [[{ name: '_payload', text: 'null' }], /must be a JSON object/],
    [[{ name: '_payload', text: '{not json' }], /not valid JSON/],
    [[{ name: '_payload', text: '{"__proto__":{}}' }], /not allowed/],
  ])('refuses %j', (parts, message) => {
    expect(uploadFormProblem(parts)).toMatch(message)
  })

  it('counts bytes, not characters', () => {
    expect(fileNameProblem('x'.repeat(255))).toBeNull()
    expect(fileNameProblem('图'.repeat(85))).toBeNull()
    expect(fileNameProblem('图'.repeat(86))).toMatch(/too long/)
  })
})
