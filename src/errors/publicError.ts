import { APIError } from 'payload'

/**
 * An error whose message (Chinese / English) reaches the user with its HTTP status. The name is
 * set explicitly: production builds minify class names, and Payload answers "An unknown error
 * occurred." for an error without a name, so the editor would never learn what to do.
 */
export function publicError(message: string, status: number, name = 'RequestError'): APIError {
  const error = new APIError<null>(message, status, null, true)
  error.name = name
  return error
}
