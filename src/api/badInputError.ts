/**
 * Errors that come from what a client sent, though Payload lets them reach PostgreSQL or its own
 * parsers and answers 500: an id that is not a number, a reference to a document that does not
 * exist, a malformed upload form. Pure: maps such an error to the message for a 400, or null.
 */
const POSTGRES_INPUT_ERRORS: Record<string, string> = {
  // invalid_text_representation: e.g. /api/articles/abc
  '22P02': '数值格式无效，例如编号不是数字。 / A value has the wrong format, e.g. an id that is not a number.',
  // character_not_in_repertoire: a NUL byte, which PostgreSQL text cannot hold
  '22021': '文本中含有无法存储的字符（如 NUL）。 / The text contains a character that cannot be stored (such as NUL).',
  // numeric_value_out_of_range
  '22003': '数值超出范围。 / A number is out of range.',
  // invalid_datetime_format, datetime_field_overflow
  '22007': '日期格式无效。 / A date has the wrong format.',
  '22008': '日期超出范围。 / A date is out of range.',
  // invalid_row_count_in_limit_clause / _result_offset_clause
  '2201W': '每页条数无效。 / Invalid limit.',
  '2201X': '页码无效。 / Invalid page.',
  // foreign_key_violation: a relationship to a document that does not exist
  '23503': '关联的文档不存在。 / A related document does not exist.',
}

const postgresCode = (error: unknown): string | undefined => {
  for (let current: any = error, hops = 0; current && hops < 4; current = current.cause, hops++) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current.code
  }
  return undefined
}

export function badInputMessage(error: unknown): string | null {
  const code = postgresCode(error)
  if (code && POSTGRES_INPUT_ERRORS[code]) return POSTGRES_INPUT_ERRORS[code]
  // A multipart form whose _payload field is not JSON (Payload parses it without a guard).
  if (error instanceof SyntaxError && /JSON/.test(error.message)) {
    return '请求内容不是有效的 JSON。 / The request body is not valid JSON.'
  }
  return null
}
