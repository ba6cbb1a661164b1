/** A refusal in the shape Payload's own API errors have, for requests refused before Payload runs. */
export const apiRefusal = (status: number, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status })
