import { describe, expect, it } from 'vitest'

import {
  holderValue,
  type LockRefusalCode,
  type LockTarget,
  type LockWrite,
  movesLock,
  namesPerson,
  referenceOf,
  ruleOnLockWrite,
} from '../../../src/locks/lockOwnership'

const editor = { collection: 'users', id: 7 }
const reviewer = { relationTo: 'users', value: 9 }
const self = { relationTo: 'users', value: 7 }
const article = (id: number) => ({ relationTo: 'articles', value: id })
const onArticle1: LockTarget = { document: article(1), globalSlug: null }

describe('who a relationship value names', () => {
  const cases: [string, unknown, { collection?: string; id: number | string } | undefined][] = [
    ['{ relationTo, value: id }', { relationTo: 'users', value: 7 }, { collection: 'users', id: 7 }],
    ['a populated value', { relationTo: 'users', value: { id: 7, name: '甲' } }, { collection: 'users', id: 7 }],
    ['a string id', { relationTo: 'users', value: '7' }, { collection: 'users', id: '7' }],
    ['a bare id', 7, { id: 7 }],
    ['a populated document without relationTo', { id: 7 }, { id: 7 }],
    ['no value', { relationTo: 'users' }, undefined],
    ['a value that is no id', { relationTo: 'users', value: [7] }, undefined],
    ['null', null, undefined],
    ['undefined', undefined, undefined],
    ['a boolean', true, undefined],
  ]
  it.each(cases)('%s', (_label, value, expected) => {
    expect(referenceOf(value)).toEqual(expected)
  })

  const persons: [unknown, boolean][] = [
    [self, true],
    [{ relationTo: 'users', value: '7' }, true],
    [{ relationTo: 'users', value: { id: 7 } }, true],
    [7, true],
    [reviewer, false],
    [{ relationTo: 'customers', value: 7 }, false], // same id, another auth collection
    [undefined, false],
    [{}, false],
  ]
  it.each(persons)('%j names the editor: %s', (value, expected) => {
    expect(namesPerson(value, editor)).toBe(expected)
  })
})

describe('whether an update moves a lock', () => {
  const cases: [string, LockTarget, LockTarget, boolean][] = [
    ['nothing sent', {}, onArticle1, false],
    ['the same document', { document: article(1) }, onArticle1, false],
    ['the same document, populated', { document: { relationTo: 'articles', value: { id: 1 } } }, onArticle1, false],
    ['another document', { document: article(2) }, onArticle1, true],
    ['another collection, same id', { document: { relationTo: 'projects', value: 1 } }, onArticle1, true],
    ['document cleared', { document: null }, onArticle1, true],
    ['a global slug added', { globalSlug: 'column' }, onArticle1, true],
    ['an empty global slug on a document lock', { globalSlug: '' }, onArticle1, false],
    ['the same global', { globalSlug: 'column' }, { globalSlug: 'column' }, false],
    ['another global', { globalSlug: 'other' }, { globalSlug: 'column' }, true],
    ['a document added to a global lock', { document: article(1) }, { globalSlug: 'column' }, true],
  ]
  it.each(cases)('%s: %s', (_label, target, stored, expected) => {
    expect(movesLock(target, stored)).toBe(expected)
  })
})

describe('the ruling on a lock write by an editor', () => {
  // write, expected: 'ok' or the refusal code
  const cases: [string, LockWrite, 'ok' | LockRefusalCode][] = [
    ['create naming nobody', { action: 'create', holder: undefined, targetVisible: true }, 'ok'],
    ['create naming null', { action: 'create', holder: null, targetVisible: true }, 'ok'],
    ['create naming oneself', { action: 'create', holder: self, targetVisible: true }, 'ok'],
    ['create naming a reviewer', { action: 'create', holder: reviewer, targetVisible: true }, 'someone_else'],
    [
      'create naming something unreadable',
      { action: 'create', holder: { who: 'me' }, targetVisible: true },
      'someone_else',
    ],
    [
      'create on a document one cannot see',
      { action: 'create', holder: self, targetVisible: false },
      'target_not_visible',
    ],
    [
      'create naming a reviewer on a document one cannot see',
      { action: 'create', holder: reviewer, targetVisible: false },
      'someone_else',
    ],
    [
      'update naming oneself (a refresh of one’s own lock, or a take-over)',
      { action: 'update', holder: self, target: onArticle1, stored: onArticle1, targetVisible: true },
      'ok',
    ],
    [
      // Also what a PATCH naming nobody on the reviewer's lock is: Payload fills in the stored holder.
      'update leaving or handing the lock to a reviewer',
      { action: 'update', holder: reviewer, target: onArticle1, stored: onArticle1, targetVisible: true },
      'someone_else',
    ],
    [
      'update of a lock whose holder is gone (account deleted)',
      { action: 'update', holder: undefined, target: onArticle1, stored: onArticle1, targetVisible: true },
      'ok',
    ],
    [
      'update moving one’s lock to another document',
      { action: 'update', holder: self, target: { document: article(2) }, stored: onArticle1, targetVisible: true },
      'moves_lock',
    ],
    [
      'take-over on a document one cannot see',
      { action: 'update', holder: self, target: onArticle1, stored: onArticle1, targetVisible: false },
      'target_not_visible',
    ],
    ['delete of one’s own lock', { action: 'delete', storedHolder: self }, 'ok'],
    [
      'delete of one’s own lock, populated',
      { action: 'delete', storedHolder: { relationTo: 'users', value: { id: 7 } } },
      'ok',
    ],
    ['delete of a reviewer’s lock', { action: 'delete', storedHolder: reviewer }, 'not_your_lock'],
    ['delete of a lock without holder', { action: 'delete', storedHolder: undefined }, 'not_your_lock'],
  ]
  it.each(cases)('%s: %s', (_label, write, expected) => {
    const ruling = ruleOnLockWrite(editor, write)
    if (expected === 'ok') {
      expect(ruling).toEqual({ ok: true })
    } else {
      expect(ruling).toMatchObject({ ok: false, code: expected, status: expected === 'target_not_visible' ? 404 : 403 })
      if (!ruling.ok) {
        expect(ruling.zh).toMatch(/[\u4e00-\u9fff]/)
        expect(ruling.en).toMatch(/^[A-Z][^\u4e00-\u9fff]+\.$/)
      }
    }
  })

  it('an administrator gets no exception: only the holder releases a lock', () => {
    const admin = { collection: 'users', id: 1 }
    expect(ruleOnLockWrite(admin, { action: 'delete', storedHolder: reviewer })).toMatchObject({
      ok: false,
      code: 'not_your_lock',
    })
  })

  it('writes the holder as the session’s own user', () => {
    expect(holderValue(editor)).toEqual({ relationTo: 'users', value: 7 })
  })
})
