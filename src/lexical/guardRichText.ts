import type { CollectionBeforeOperationHook } from 'payload'

import { publicError } from '@/errors/publicError'

import { lexicalProblem } from './lexicalProblem'

/**
 * Refuses a write whose rich text is malformed or hostile before any of Payload's field hooks walk
 * it (they run before validation, and crash on some shapes).
 */
export const guardRichText: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: Record<string, unknown> | undefined = args.data
  if (!data || typeof data !== 'object') return args
  for (const field of collection.flattenedFields) {
    if (field.type !== 'richText' || !(field.name in data)) continue
    const problem = lexicalProblem(data[field.name])
    if (problem) {
      throw publicError(
        `正文格式无效（${field.name}）：请在编辑器中保存。 / Invalid rich text in ${field.name}: ${problem}.`,
        400,
        'RichTextError',
      )
    }
  }
  return args
}
