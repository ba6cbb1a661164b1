import { validOperatorSet } from 'payload/shared'

import { bilingualMessage, quoted } from '@/errors/bilingualMessage'

import { documentIdProblem } from './documentId'
import { MAX_LIST_ITEMS } from './fieldTypes'
import { resolvePath, type QueryField, type QueryFields } from './queryFields'
import { LIST_OPERATORS, operatorsFor } from './whereOperators'

/**
 * Checks a where clause from an API client before Payload turns it into SQL: its shape (and/or
 * lists of conditions, one operator object per path), that each path names a readable field, that
 * the field's type takes the operator (whereOperators.ts) and that each value is one the field can
 * hold. The first problem is returned as a message for people, or null. Pure.
 */
export const MAX_WHERE_DEPTH = 8
export const MAX_WHERE_CONDITIONS = 200

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isRelation = (field: QueryField) => field.type === 'relationship' || field.type === 'upload'

interface Expectation {
  test: (value: unknown) => boolean
  zh: string
  en: string
}

const numeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

const wholeId = (value: unknown) => documentIdProblem(value, 'number') === null

const booleanLike = (value: unknown) => typeof value === 'boolean' || value === 'true' || value === 'false'

function expectationFor(field: QueryField): Expectation | null {
  if (field.type === 'id' || isRelation(field)) {
    if (field.idType === 'text') return null
    // Payload reads the text "null" on a relation as "no document".
    return {
      test: (v) => wholeId(v) || (isRelation(field) && v === 'null'),
      zh: '编号（整数）',
      en: 'an id (a whole number)',
    }
  }
  switch (field.type) {
    case 'number':
      return { test: numeric, zh: '数字', en: 'a number' }
    case 'date':
      return {
        test: (v) => numeric(v) || (typeof v === 'string' && !Number.isNaN(Date.parse(v))),
        zh: '日期',
        en: 'a date',
      }
    case 'checkbox':
      return { test: booleanLike, zh: '是或否（true/false）', en: 'true or false' }
    case 'select':
    case 'radio': {
      const options = field.options ?? []
      return {
        test: (v) => typeof v === 'string' && options.includes(v),
        zh: `以下之一：${options.join('、')}`,
        en: `one of: ${options.join(', ')}`,
      }
    }
    default:
      return null
  }
}

function valueProblem(path: string, operator: string, field: QueryField, value: unknown): string | null {
  if (value === null) return null
  if (typeof value === 'string' && value.includes('\u0000')) {
    return bilingualMessage('筛选值中含有 NUL 字符。', 'A filter value contains a NUL character.')
  }
  if (isPlainObject(value) || Array.isArray(value)) {
    return bilingualMessage(
      `筛选条件 ${path} ${operator} 只接受单个值。`,
      `${path} ${operator} takes a single value, not ${Array.isArray(value) ? 'a list' : 'an object'}.`,
    )
  }
  const expected = expectationFor(field)
  if (!expected || expected.test(value)) return null
  return bilingualMessage(
    `筛选条件 ${path} ${operator} 的值 ${quoted(value)} 无效，应为${expected.zh}。`,
    `${path} ${operator}: ${quoted(value)} is not ${expected.en}.`,
  )
}

/** A polymorphic relationship is matched by a `{ relationTo, value }` pair. */
function pairProblem(path: string, operator: string, field: QueryField, operand: unknown): string | null {
  const parts = field.children?.()
  const relationTo = isPlainObject(operand) ? operand.relationTo : undefined
  if (
    isPlainObject(operand) &&
    parts &&
    typeof relationTo === 'string' &&
    parts.get('relationTo')?.options?.includes(relationTo)
  ) {
    return valueProblem(path, operator, parts.get('value')!, operand.value)
  }
  const targets = parts?.get('relationTo')?.options?.join(', ') ?? ''
  return bilingualMessage(
    `筛选条件 ${path} ${operator} 需要 { relationTo, value }，relationTo 为以下之一：${targets}。`,
    `${path} ${operator} takes { relationTo, value } with relationTo one of: ${targets}.`,
  )
}

interface Walk {
  depth: number
  /** Conditions still allowed in the whole clause. */
  budget: { left: number }
}

function operandProblem(path: string, operator: string, field: QueryField, operand: unknown, walk: Walk) {
  if (operator === 'exists') {
    if (booleanLike(operand)) return null
    return bilingualMessage(`筛选条件 ${path} exists 只能是 true 或 false。`, `${path} exists takes true or false.`)
  }
  // A relation's `contains` may hold a where clause of its own, on the related documents.
  if (operator === 'contains' && isRelation(field) && isPlainObject(operand) && field.children) {
    return clauseProblem(operand, field.children(), { ...walk, depth: walk.depth + 1 })
  }
  if (['near', 'within', 'intersects'].includes(operator)) return null
  if (field.polymorphic) return pairProblem(path, operator, field, operand)
  if (LIST_OPERATORS.has(operator)) {
    const items = typeof operand === 'string' ? operand.split(',') : Array.isArray(operand) ? operand : [operand]
    if (items.length > MAX_LIST_ITEMS) {
      return bilingualMessage(
        `筛选条件 ${path} ${operator} 的值超过 ${MAX_LIST_ITEMS} 个。`,
        `${path} ${operator} takes at most ${MAX_LIST_ITEMS} values.`,
      )
    }
    for (const item of items) {
      const problem = valueProblem(path, operator, field, item)
      if (problem) return problem
    }
    return null
  }
  if (Array.isArray(operand)) {
    // Payload reads a list of ids for a relation's equals as `in`.
    if (isRelation(field) && (operator === 'equals' || operator === 'not_equals')) {
      return operandProblem(path, operator === 'equals' ? 'in' : 'not_in', field, operand, walk)
    }
    return bilingualMessage(
      `筛选条件 ${path} ${operator} 只接受单个值，收到的是列表（参数是否重复了？）。`,
      `${path} ${operator} takes a single value, not a list (was the parameter given twice?).`,
    )
  }
  return valueProblem(path, operator, field, operand)
}

function conditionProblem(path: string, constraint: unknown, fields: QueryFields, walk: Walk): string | null {
  const field = resolvePath(fields, path)
  if (!field) return bilingualMessage(`不能按这个字段筛选：${path}。`, `Cannot filter by: ${path}.`)
  if (!isPlainObject(constraint)) {
    return bilingualMessage(
      `筛选 ${path} 需要写明比较方式，例如 where[${path}][equals]=…。`,
      `Name an operator for ${path}, e.g. where[${path}][equals]=….`,
    )
  }
  for (const [operator, operand] of Object.entries(constraint)) {
    if ((walk.budget.left -= 1) < 0) {
      return bilingualMessage(
        `筛选条件超过 ${MAX_WHERE_CONDITIONS} 个。`,
        `The query has more than ${MAX_WHERE_CONDITIONS} conditions.`,
      )
    }
    if (!validOperatorSet.has(operator as never)) {
      return bilingualMessage(
        `未知的筛选条件：${quoted(operator)}。`,
        `Unknown operator ${quoted(operator)} on ${path}.`,
      )
    }
    const allowed = operatorsFor(field)
    if (!allowed.includes(operator)) {
      const list = allowed.length > 0 ? allowed.join(', ') : '—'
      return bilingualMessage(
        `字段 ${path}（${field.type}）不能用“${operator}”筛选；可用：${list}。`,
        `${path} (${field.type}) cannot be filtered with "${operator}"; it takes: ${list}.`,
      )
    }
    const problem = operandProblem(path, operator, field, operand, walk)
    if (problem) return problem
  }
  return null
}

function clauseProblem(where: unknown, fields: QueryFields, walk: Walk): string | null {
  if (!isPlainObject(where)) {
    return bilingualMessage('where 必须是由筛选条件组成的对象。', 'where must be an object of conditions.')
  }
  if (walk.depth > MAX_WHERE_DEPTH) {
    return bilingualMessage(
      `筛选条件嵌套超过 ${MAX_WHERE_DEPTH} 层。`,
      `The conditions are nested more than ${MAX_WHERE_DEPTH} levels deep.`,
    )
  }
  for (const [key, value] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (!Array.isArray(value) || !value.every(isPlainObject)) {
        return bilingualMessage(
          `${key} 需要条件列表，例如 where[${key}][0][title][equals]=…。`,
          `${key} takes a list of conditions, e.g. where[${key}][0][title][equals]=….`,
        )
      }
      for (const clause of value) {
        const problem = clauseProblem(clause, fields, { ...walk, depth: walk.depth + 1 })
        if (problem) return problem
      }
    } else {
      const problem = conditionProblem(key, value, fields, walk)
      if (problem) return problem
    }
  }
  return null
}

export function whereProblem(where: unknown, fields: QueryFields): string | null {
  if (where === undefined || where === null) return null
  return clauseProblem(where, fields, { depth: 0, budget: { left: MAX_WHERE_CONDITIONS } })
}
