import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { wrongTypeFields } from './fieldTypes'

const EXPECTED_ZH: Record<string, string> = {
  text: '文本',
  'a date string': '日期',
  'an option': '选项',
  'a number': '数字',
  'true or false': '是或否',
  'an id': '编号',
  'a list': '列表',
}

const inChinese = (expected: string): string => {
  const list = /^a list of (.*)$/.exec(expected)
  if (list) return `${inChinese(list[1])}列表`
  const most = /^at most (\d+) entries$/.exec(expected)
  if (most) return `不超过 ${most[1]} 项`
  return EXPECTED_ZH[expected] ?? expected
}

/** Refuses an API write whose values do not have their fields' types (see fieldTypes). */
export const guardFieldTypes: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local' || (operation !== 'create' && operation !== 'update')) return args
  const data: unknown = args.data
  if (!data || typeof data !== 'object' || Array.isArray(data)) return args
  const wrong = wrongTypeFields(
    data as Record<string, unknown>,
    collection.flattenedFields.map((field) => ({
      name: field.name,
      type: field.type,
      hasMany: 'hasMany' in field && field.hasMany === true,
    })),
  )
  if (wrong.length > 0) {
    // Payload's own validation error, so clients and the admin read it like any other (400, per field).
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: wrong.map(({ path, expected }) => ({
          path,
          message: `类型错误，应为${inChinese(expected)}。 / Wrong type: expected ${expected}.`,
        })),
        req,
      },
      req.t,
    )
  }
  return args
}
