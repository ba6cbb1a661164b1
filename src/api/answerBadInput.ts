import type { AfterErrorHook } from 'payload'

import { badInputMessage } from './badInputError'

/**
 * Turns a 500 caused by the client's input (see badInputError) into a 400 with a message that
 * says what was wrong, on REST and GraphQL. Everything else keeps Payload's answer.
 */
export const answerBadInput: AfterErrorHook = ({ error, graphqlResult, result }) => {
  const status = (error as { status?: number }).status
  if (status !== undefined && status < 500) return
  const message = badInputMessage(error)
  if (!message) return
  if (graphqlResult) {
    return {
      graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } },
    }
  }
  return { response: { ...result, errors: [{ name: 'BadRequest', message }] }, status: 400 }
}
