import type { NumberFieldSingleValidation } from 'payload'

import { number } from 'payload/shared'

/**
 * Payload turns a non-numeric string such as "lots" into NaN and then treats NaN as "empty",
 * so bad input would be stored as nothing instead of being refused. This refuses it.
 */
export const finiteNumber: NumberFieldSingleValidation = (value, args) => {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return '请输入数字 / Please enter a number'
  }
  return number(value, args)
}
