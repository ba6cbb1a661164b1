import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { adminDateFields } from '@/config/withAdminDateFormats'

/** The date settings of every date field, by name, however deep. */
function dateSettings(fields: Field[], found: Record<string, unknown> = {}): Record<string, unknown> {
  for (const field of fields) {
    if (field.type === 'date') found[field.name] = field.admin?.date
    else if (field.type === 'tabs') for (const tab of field.tabs) dateSettings(tab.fields, found)
    else if (field.type === 'blocks') for (const block of field.blocks) dateSettings(block.fields, found)
    else if ('fields' in field) dateSettings(field.fields, found)
  }
  return found
}

describe('adminDateFields', () => {
  const fields: Field[] = [
    { name: 'title', type: 'text' },
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startDate', type: 'date' },
    {
      type: 'row',
      fields: [{ name: 'from', type: 'date', admin: { date: { pickerAppearance: 'monthOnly' } } }],
    },
    {
      name: 'period',
      type: 'group',
      fields: [{ name: 'at', type: 'date', admin: { date: { pickerAppearance: 'timeOnly' } } }],
    },
    { type: 'tabs', tabs: [{ label: 'A', fields: [{ name: 'inTab', type: 'date' }] }] },
    {
      name: 'log',
      type: 'array',
      fields: [{ name: 'own', type: 'date', admin: { date: { displayFormat: 'yyyy/MM/dd' } } }],
    },
    {
      name: 'layout',
      type: 'blocks',
      blocks: [
        { slug: 'b', fields: [{ name: 'inBlock', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }] },
      ],
    },
  ]

  it('gives every date field the newsroom format its picker calls for, at any depth', () => {
    expect(dateSettings(adminDateFields(fields))).toEqual({
      publishedAt: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm', timeFormat: 'HH:mm' },
      startDate: { displayFormat: 'yyyy年M月d日' },
      from: { pickerAppearance: 'monthOnly', displayFormat: 'yyyy年M月' },
      at: { pickerAppearance: 'timeOnly', displayFormat: 'HH:mm', timeFormat: 'HH:mm' },
      inTab: { displayFormat: 'yyyy年M月d日' },
      // A field that chose its own format keeps it.
      own: { displayFormat: 'yyyy/MM/dd' },
      inBlock: { pickerAppearance: 'dayOnly', displayFormat: 'M月d日' },
    })
  })

  it('keeps everything else a field says and changes no other field', () => {
    const result = adminDateFields(fields)
    expect(result[0]).toBe(fields[0])
    expect(result[1]).toMatchObject({ name: 'publishedAt', admin: { position: 'sidebar' } })
    // The input is left as it was.
    expect(dateSettings(fields).startDate).toBeUndefined()
  })

  it('reads a field without a picker as an instant when told to (Payload’s job records)', () => {
    const settings = dateSettings(
      adminDateFields([{ name: 'completedAt', type: 'date' }], { unspecified: 'dayAndTime' }),
    )
    expect(settings.completedAt).toEqual({ displayFormat: 'yyyy年M月d日 HH:mm', timeFormat: 'HH:mm' })
  })
})
