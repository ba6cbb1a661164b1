import { describe, expect, it } from 'vitest'

import { relationTargets, withoutHiddenTargets } from '../../../src/visibility/relationValues'
import type { Target } from '../../../src/visibility/targets'

/** Projects 1 and 3 are published, 2 is a draft; every other collection is visible. */
const isVisible = ({ collection, id }: Target) => collection !== 'projects' || id === 1 || id === 3

describe('relationTargets', () => {
  it.each([
    ['ids of a hasMany field', [1, 2], 'projects', [1, 2]],
    ['populated documents', [{ id: 1, name: 'a' }, { id: 2 }], 'projects', [1, 2]],
    ['a single id', 2, 'projects', [2]],
    ['nothing', null, 'projects', []],
    ['an unreadable entry', [{ name: 'no id' }, 3], 'projects', [3]],
  ] as const)('finds %s', (_name, value, relationTo, ids) => {
    expect(relationTargets(value, relationTo).map((target) => target.id)).toEqual(ids)
  })

  it('reads the collection of each entry of a relation to several collections', () => {
    const value = [
      { relationTo: 'projects', value: 2 },
      { relationTo: 'honors', value: { id: 5 } },
    ]
    expect(relationTargets(value, ['projects', 'honors'])).toEqual([
      { collection: 'projects', id: 2 },
      { collection: 'honors', id: 5 },
    ])
  })
})

describe('withoutHiddenTargets', () => {
  it.each([
    ['leaves hidden ids out of a list', [1, 2, 3], [1, 3]],
    ['leaves hidden documents out of a populated list', [{ id: 2 }, { id: 3, name: 'c' }], [{ id: 3, name: 'c' }]],
    ['empties a list of hidden ones only', [2], []],
    ['keeps a list of visible ones as it was', [1, 3], [1, 3]],
    ['makes a single hidden relation null', 2, null],
    ['keeps a single visible one', { id: 1 }, { id: 1 }],
    ['keeps null', null, null],
  ] as const)('%s', (_name, value, expected) => {
    expect(withoutHiddenTargets(value, 'projects', isVisible)).toEqual(expected)
  })

  it('filters a relation to several collections entry by entry', () => {
    const value = [
      { relationTo: 'projects', value: 2 },
      { relationTo: 'projects', value: 3 },
      { relationTo: 'honors', value: 2 },
    ]
    expect(withoutHiddenTargets(value, ['projects', 'honors'], isVisible)).toEqual([
      { relationTo: 'projects', value: 3 },
      { relationTo: 'honors', value: 2 },
    ])
  })
})
