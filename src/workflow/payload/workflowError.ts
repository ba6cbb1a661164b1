import { publicError } from '@/errors/publicError'

/** A refused workflow step: the message (Chinese / English) reaches the user with its HTTP status. */
export const workflowError = (message: string, status: number) => publicError(message, status, 'WorkflowError')
