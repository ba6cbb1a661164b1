import { describe, expect, it } from 'vitest'

import { COLUMN_DEFAULTS, withColumnDefaults } from '../../../src/site/columnDefaults'

describe('withColumnDefaults', () => {
  it('gives an empty database (no saved settings) the column name and publisher from the code', () => {
    // What Payload's findGlobal answers before the global was ever saved.
    const column = withColumnDefaults({ globalType: 'column' } as never)
    expect(column.name).toBe('穿越喜马拉雅的守望')
    expect(column.publisher).toBe('大众日报')
    expect(column.county).toBe('昂仁县')
    expect(column.tagline).toBeUndefined()
  })

  it('fills blank texts but keeps what an editor saved', () => {
    const column = withColumnDefaults({ name: '  ', publisher: '大众日报社', tagline: '副题', workGroupSize: 9 })
    expect(column).toMatchObject({
      name: COLUMN_DEFAULTS.name,
      publisher: '大众日报社',
      tagline: '副题',
      workGroupSize: 9,
    })
  })

  it('survives null and undefined', () => {
    expect(withColumnDefaults(null).name).toBe(COLUMN_DEFAULTS.name)
    expect(withColumnDefaults(undefined).workGroup).toBe(COLUMN_DEFAULTS.workGroup)
  })
})
