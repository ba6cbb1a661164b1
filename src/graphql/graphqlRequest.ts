import { jsonBodyProblem } from '@/api/requestBody'
import { bilingualMessage } from '@/errors/bilingualMessage'

/**
 * The parameters of a GraphQL request, read from its body before Payload's handler runs, or why
 * they cannot be: GraphQL over HTTP is a JSON object `{ query, variables?, operationName? }`.
 * Pure.
 */
export interface GraphqlParams {
  query: string
  variables?: Record<string, unknown> | null
  operationName?: string | null
}

export interface GraphqlRefusal {
  status: number
  message: string
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function graphqlParams(contentType: string | null, text: string): GraphqlParams | GraphqlRefusal {
  if ((contentType ?? '').split(';')[0].trim().toLowerCase() !== 'application/json') {
    return {
      status: 415,
      message: bilingualMessage(
        'GraphQL 请求须以 JSON 发送（Content-Type: application/json）。',
        'Send GraphQL requests as JSON (Content-Type: application/json).',
      ),
    }
  }
  const problem = text === '' ? bilingualMessage('请求内容为空。', 'The request body is empty.') : jsonBodyProblem(text)
  if (problem) return { status: 400, message: problem }
  const { query, variables, operationName } = JSON.parse(text) as Record<string, unknown>
  if (typeof query !== 'string' || query.trim() === '') {
    return {
      status: 400,
      message: bilingualMessage(
        '缺少查询文本 query。',
        'The body has no "query" string (send one operation per request).',
      ),
    }
  }
  if (variables !== undefined && variables !== null && !isPlainObject(variables)) {
    return { status: 400, message: bilingualMessage('variables 必须是对象。', '"variables" must be an object.') }
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return { status: 400, message: bilingualMessage('operationName 必须是文本。', '"operationName" must be a string.') }
  }
  return { query, variables, operationName } as GraphqlParams
}
