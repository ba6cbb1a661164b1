import type { AfterErrorHook } from 'payload'

import { CONTENTION_MESSAGES, contentionOf } from './databaseContention'

/** A collided or timed-out write: 409 (try again) or 503 (busy), with a message, never 500. */
export const answerDatabaseContention: AfterErrorHook = ({ error }) => {
  const contention = contentionOf(error)
  if (!contention) return undefined
  const { status, message } = CONTENTION_MESSAGES[contention]
  return { status, response: { errors: [{ message }] } }
}
