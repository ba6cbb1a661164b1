/**
 * PostgreSQL's answers when writes collide or wait too long, told apart from bugs so each gets an
 * answer a client can act on. With every writer of a document taking its row lock first
 * (lockForUpdate.ts) a deadlock should not happen; if one does (a path we have not foreseen),
 * PostgreSQL breaks it and the losing request is told to try again, never "unknown error".
 */
export type Contention = 'conflict' | 'busy'

// 40P01 deadlock_detected, 40001 serialization_failure: the write lost a race; retrying it is safe.
const CONFLICT_CODES = new Set(['40P01', '40001'])
// 55P03 lock_not_available (lock_timeout), 57014 query_canceled (statement_timeout),
// 25P03 idle_in_transaction_session_timeout: the server was too busy to finish in time.
const BUSY_CODES = new Set(['55P03', '57014', '25P03'])
const BUSY_MESSAGES = [
  /canceling statement due to (statement|lock) timeout/i,
  /terminating connection due to idle-in-transaction timeout/i,
]

export function contentionOf(error: unknown, depth = 0): Contention | undefined {
  if (depth > 8 || typeof error !== 'object' || error === null) return undefined
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown }
  if (typeof code === 'string' && CONFLICT_CODES.has(code)) return 'conflict'
  if (typeof code === 'string' && BUSY_CODES.has(code)) return 'busy'
  if (typeof message === 'string' && /deadlock detected/i.test(message)) return 'conflict'
  if (typeof message === 'string' && BUSY_MESSAGES.some((pattern) => pattern.test(message))) return 'busy'
  return contentionOf(cause, depth + 1)
}

export const CONTENTION_MESSAGES: Record<Contention, { status: number; message: string }> = {
  conflict: {
    status: 409,
    message:
      '另一项修改同时在进行，您的这次操作没有保存。请重试。 / Another change was being made at the same moment; yours was not saved. Try again.',
  },
  busy: {
    status: 503,
    message:
      '服务器正忙，这次操作没有完成，已保存的内容不受影响。请稍后重试。 / The server is busy and did not finish this request; nothing saved is lost. Try again shortly.',
  },
}
