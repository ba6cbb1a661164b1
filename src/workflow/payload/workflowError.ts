import { APIError } from 'payload'

/** A refused workflow step: the message (Chinese / English) reaches the user with its HTTP status. */
export const workflowError = (message: string, status: number): APIError =>
  new APIError<null>(message, status, null, true)
