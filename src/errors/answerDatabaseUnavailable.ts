import type { AfterErrorHook } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './databaseUnavailable'

/** API answers while the database is away: 503 with a message for people, not 500. */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error }) =>
  isDatabaseUnavailable(error)
    ? { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
    : undefined
