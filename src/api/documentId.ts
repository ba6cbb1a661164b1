import { bilingualMessage, quoted } from '@/errors/bilingualMessage'

/**
 * Whether an id from a client (the /api/articles/:id path segment, a GraphQL argument) can name a
 * document. Payload hands "abc" to PostgreSQL (a 500, or a 400 only after the fact), reads
 * "1' OR '1'='1" as 1 and overflows on 99999999999999999999; the API refuses all of them instead.
 * Pure.
 */
/** PostgreSQL's `integer`, the type of Payload's serial ids. */
export const MAX_SERIAL_ID = 2_147_483_647

export function documentIdProblem(id: unknown, idType: 'number' | 'text'): string | null {
  if (idType === 'text') {
    return typeof id === 'string' && id !== '' && !id.includes('\u0000')
      ? null
      : bilingualMessage('编号无效。', 'The id is not valid.')
  }
  const text = typeof id === 'number' ? String(id) : id
  if (typeof text === 'string' && /^\d{1,10}$/.test(text) && Number(text) <= MAX_SERIAL_ID) return null
  return bilingualMessage(
    `编号必须是 0 到 ${MAX_SERIAL_ID} 之间的整数，收到的是 ${quoted(id)}。`,
    `An id must be a whole number from 0 to ${MAX_SERIAL_ID}; got ${quoted(id)}.`,
  )
}
