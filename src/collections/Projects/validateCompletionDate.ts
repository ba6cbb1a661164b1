import type { DateFieldValidation } from 'payload'

import { date } from 'payload/shared'

/** A project cannot be completed before it started. */
export const validateCompletionDate: DateFieldValidation = (value, args) => {
  const asDate = date(value, args)
  if (asDate !== true || !value) return asDate
  const start = (args.siblingData as { startDate?: string | null }).startDate
  if (start && new Date(value).getTime() < new Date(start).getTime()) {
    return '竣工日期不能早于开工日期 / Completion date cannot be before the start date'
  }
  return true
}
