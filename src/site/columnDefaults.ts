import type { Column } from '@/payload-types'

/**
 * What the site says about the column before anyone has saved its settings: a production
 * deployment builds and serves its pages on an empty database (no seed, no admin yet), and a
 * reader must see the column's name, not "undefined". The seed and the admin overwrite these.
 */
export const COLUMN_DEFAULTS = {
  name: '穿越喜马拉雅的守望',
  publisher: '大众日报',
  workGroup: '援藏工作组',
  county: '昂仁县',
} as const

/** The saved settings with every text the site prints filled from the defaults where blank. */
export type ColumnForSite = Partial<Column> & {
  [Key in keyof typeof COLUMN_DEFAULTS]: string
}

const filled = (value: string | null | undefined, fallback: string): string =>
  typeof value === 'string' && value.trim() !== '' ? value : fallback

export function withColumnDefaults(saved: Partial<Column> | null | undefined): ColumnForSite {
  const column = saved ?? {}
  return {
    ...column,
    name: filled(column.name, COLUMN_DEFAULTS.name),
    publisher: filled(column.publisher, COLUMN_DEFAULTS.publisher),
    workGroup: filled(column.workGroup, COLUMN_DEFAULTS.workGroup),
    county: filled(column.county, COLUMN_DEFAULTS.county),
  }
}
