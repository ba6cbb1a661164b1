import { bilingualMessage } from '@/errors/bilingualMessage'

/**
 * The syntax of a REST query string, checked before Payload reads it. Payload turns `limit[]=1`
 * into 1, `draft=maybe` into "not a draft", `select=garbage` into "only ids", and lets a `where`
 * that is not JSON throw (a 500 that blames the body). What the arguments mean for a collection
 * (fields, operators, ranges) is checked later, for REST and GraphQL alike, in guardQueryArgs. Pure.
 */

/** The parameters Payload's REST handlers read as numbers and as booleans (payload's parseParams). */
const NUMBER_PARAMS = new Set(['depth', 'limit', 'page'])
const BOOLEAN_PARAMS = new Set([
  'autosave',
  'draft',
  'trash',
  'overrideLock',
  'pagination',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
])
/** Read as one string each. */
const TEXT_PARAMS = new Set(['locale', 'fallback-locale', 'fallbackLocale', 'publishSpecificLocale'])
/** Either JSON text or bracketed keys (where[title][equals]=x). */
const JSON_PARAMS = new Set(['where', 'data'])
/** Objects of field names whose leaves are true or false (select[title]=true). */
const FIELD_SET_PARAMS = new Set(['select', 'populate'])

const baseName = (key: string) => key.split('[', 1)[0]

/**
 * Names Payload's query parser (qs) silently drops, since they exist on every object
 * (`where[constructor][equals]=1` would become "no condition", a list of everything).
 */
const PROTOTYPE_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype'])
const keySegments = (key: string) => [baseName(key), ...[...key.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1])]

const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

function jsonObject(text: string): boolean {
  try {
    return isPlainObject(JSON.parse(text))
  } catch {
    return false
  }
}

function singleValueProblem(name: string, key: string, value: string, count: number): string | null {
  if (key !== name) {
    return bilingualMessage(
      `参数 ${name} 只接受一个简单的值，不接受列表或对象。`,
      `${name} takes one plain value, not a list.`,
    )
  }
  if (count > 1) return bilingualMessage(`参数 ${name} 重复出现。`, `${name} is given more than once.`)
  if (NUMBER_PARAMS.has(name) && !/^\d+$/.test(value)) {
    return bilingualMessage(`参数 ${name} 必须是非负整数。`, `${name} must be a whole number.`)
  }
  if (BOOLEAN_PARAMS.has(name) && value !== 'true' && value !== 'false') {
    return bilingualMessage(`参数 ${name} 只能是 true 或 false。`, `${name} must be true or false.`)
  }
  return null
}

export function queryStringProblem(search: string): string | null {
  const params = [...new URLSearchParams(search)]
  const counts = new Map<string, number>()
  for (const [key] of params) counts.set(baseName(key), (counts.get(baseName(key)) ?? 0) + 1)

  for (const [key, value] of params) {
    if (key.includes('\u0000') || value.includes('\u0000')) {
      return bilingualMessage('查询参数中含有 NUL 字符。', 'A query parameter contains a NUL character.')
    }
    const reserved = keySegments(key).find((segment) => PROTOTYPE_NAMES.has(segment))
    if (reserved) {
      return bilingualMessage(
        `查询参数不能使用名称“${reserved}”。`,
        `A query parameter may not use the name "${reserved}".`,
      )
    }
    const name = baseName(key)
    if (NUMBER_PARAMS.has(name) || BOOLEAN_PARAMS.has(name) || TEXT_PARAMS.has(name)) {
      const problem = singleValueProblem(name, key, value, counts.get(name) ?? 0)
      if (problem) return problem
    } else if (JSON_PARAMS.has(name) && key === name && !jsonObject(value)) {
      return bilingualMessage(
        `参数 ${name} 必须是 JSON 对象，或写成 ${name}[字段][条件]=值。`,
        `${name} must be a JSON object, or be written as ${name}[field][operator]=value.`,
      )
    } else if (FIELD_SET_PARAMS.has(name)) {
      if (key === name) {
        return bilingualMessage(
          `参数 ${name} 需要用方括号列出字段，例如 ${name}[title]=true。`,
          `${name} names fields in brackets, e.g. ${name}[title]=true.`,
        )
      }
      if (value !== 'true' && value !== 'false') {
        return bilingualMessage(`${key} 只能是 true 或 false。`, `${key} must be true or false.`)
      }
    } else if (name === 'sort' && !/^sort(\[\d*\])?$/.test(key)) {
      return bilingualMessage('参数 sort 只接受字段名或字段名列表。', 'sort takes field names, e.g. sort=-publishedAt.')
    }
  }
  return null
}
