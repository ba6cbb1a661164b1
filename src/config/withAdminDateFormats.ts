import type { DateField, Field } from 'payload'

import { ADMIN_DATE_FORMATS, dateKindOfPicker, type PickerAppearance } from '@/i18n/adminDates'

interface Options {
  /**
   * How to read a date field that names no picker. Our own fields say what they hold, and one that
   * does not has Payload's default picker, a calendar day. Payload's jobs name none on instants.
   */
  unspecified?: PickerAppearance
}

function withDisplayFormat(field: DateField, options: Options): DateField {
  const date = field.admin?.date
  const appearance = date?.pickerAppearance ?? options.unspecified ?? 'default'
  const showsTime = appearance === 'dayAndTime' || appearance === 'timeOnly'
  return {
    ...field,
    admin: {
      ...field.admin,
      date: {
        // The picker's own list of times reads 17:30, not 5:30 下午.
        ...(showsTime ? { timeFormat: ADMIN_DATE_FORMATS.time } : {}),
        displayFormat: ADMIN_DATE_FORMATS[dateKindOfPicker(appearance)],
        // A field that chose its own format keeps it.
        ...date,
        // The spread keeps the field's own appearance, which TypeScript's union cannot follow.
      } as NonNullable<DateField['admin']>['date'],
    },
  }
}

/**
 * Every date field of a collection or global, however deeply nested, shown in the newsroom's
 * format (2026年12月1日 17:57, 2026年12月1日 or 2026年12月 by what its picker chooses) in the
 * document and in list cells, which read the same `displayFormat`. Applied in payload.config.ts,
 * so a new date field needs nothing of its own.
 */
export function adminDateFields(fields: Field[], options: Options = {}): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'date':
        return withDisplayFormat(field, options)
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: adminDateFields(tab.fields, options) })) }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: adminDateFields(block.fields, options) })),
        }
      case 'array':
      case 'collapsible':
      case 'group':
      case 'row':
        return { ...field, fields: adminDateFields(field.fields, options) } as Field
      default:
        return field
    }
  })
}

export const withAdminDateFormats = <T extends { fields: Field[] }>(entity: T, options: Options = {}): T => ({
  ...entity,
  fields: adminDateFields(entity.fields, options),
})
