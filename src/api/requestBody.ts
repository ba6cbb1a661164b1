import { bilingualMessage } from '@/errors/bilingualMessage'

/**
 * The shape of a request body, checked before Payload reads it. Payload parses JSON only when the
 * Content-Type is exactly application/json and a form only when it is multipart; anything else
 * reaches its operations as "no data" (a 500), and so does a JSON body that is `null`, a string, a
 * number or a list. Pure.
 */

/** Far deeper than any document (rich text is held to 40 levels), far shallower than hurts a walk. */
export const MAX_JSON_DEPTH = 200

/** Keys that change an object's prototype when code merges what a client sent into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export interface BodyRefusal {
  status: number
  message: string
}

export type BodyKind = 'json' | 'multipart' | 'form'

/**
 * What a body is, or why it is refused. A urlencoded form is Payload's own way of sending a long
 * query (a POST overridden to GET, see handleEndpoints), and nothing else.
 */
export function bodyKind(contentType: string | null, overriddenToGet: boolean): BodyKind | BodyRefusal {
  const [mediaType, ...parameters] = (contentType ?? '').split(';')
  if (mediaType === 'application/json') return 'json'
  if (mediaType === 'multipart/form-data') {
    if (parameters.some((parameter) => /^\s*boundary=\S/i.test(parameter))) return 'multipart'
    return {
      status: 400,
      message: bilingualMessage('表单缺少 boundary 参数。', 'The multipart form has no boundary in its Content-Type.'),
    }
  }
  if (mediaType === 'application/x-www-form-urlencoded' && overriddenToGet) return 'form'
  return {
    status: 415,
    message: bilingualMessage(
      '请以 JSON（Content-Type: application/json）或上传表单（multipart/form-data）发送。',
      'Send JSON (Content-Type: application/json) or an upload form (multipart/form-data).',
    ),
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The first thing in a parsed JSON value that no request may carry. */
function contentProblem(root: unknown): string | null {
  const pending: [unknown, number][] = [[root, 1]]
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        return bilingualMessage(
          '文本中含有 NUL 字符，无法保存。',
          'A text contains a NUL character, which cannot be stored.',
        )
      }
      continue
    }
    if (typeof value !== 'object' || value === null) continue
    if (depth > MAX_JSON_DEPTH) {
      return bilingualMessage(
        `内容嵌套超过 ${MAX_JSON_DEPTH} 层。`,
        `The content is nested more than ${MAX_JSON_DEPTH} levels deep.`,
      )
    }
    for (const [key, child] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return bilingualMessage(`不允许使用键名“${key}”。`, `The key "${key}" is not allowed.`)
      }
      if (key.includes('\u0000')) pending.push([key, depth])
      pending.push([child, depth + 1])
    }
  }
  return null
}

/** Why a JSON body (or an upload form's `_payload`) is refused, or null. An empty body is no data. */
export function jsonBodyProblem(text: string): string | null {
  if (text === '') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return bilingualMessage('请求内容不是有效的 JSON。', 'The request body is not valid JSON.')
  }
  if (!isPlainObject(parsed)) {
    return bilingualMessage(
      '请求内容必须是 JSON 对象，例如 {"title": "…"}。',
      'The request body must be a JSON object, such as {"title": "…"}.',
    )
  }
  return contentProblem(parsed)
}
