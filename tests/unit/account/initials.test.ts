import { describe, expect, it } from 'vitest'

import { initialsOf } from '@/account/initials'

describe('initialsOf', () => {
  it.each([
    // The newsroom's accounts: a role, then the person.
    ['编辑 王晓', 'editor@example.com', '王'],
    ['审稿人 李明', 'reviewer@example.com', '李'],
    ['系统管理员', 'admin@example.com', '系'],
    ['欧阳晓明', null, '欧'],
    // Latin names: first and last initials, upper case.
    ['Jane Doe', null, 'JD'],
    ['jane van der berg', null, 'JB'],
    ['Editor', null, 'E'],
    ['编辑 Wang Xiao', null, 'WX'],
    // A character outside the Basic Multilingual Plane stays whole.
    ['𠀋先生', null, '𠀋'],
    // No name: the address stands in; nothing at all: a question mark.
    ['', 'zhang@example.com', 'Z'],
    ['   ', 'zhang@example.com', 'Z'],
    [null, undefined, '?'],
    ['123', null, '1'],
  ] as const)('%s (%s) shows %s', (name, email, expected) => {
    expect(initialsOf(name, email)).toBe(expected)
  })
})
