import type { CollectionBeforeOperationHook } from 'payload'

import { publicError } from '@/errors/publicError'

import { refuseInvalidDraftRichText, skipsPayloadValidation, type RichTextWrite } from './draftRichTextRules'
import { lexicalProblem } from './lexicalProblem'

/**
 * Refuses a write whose rich text is malformed or hostile before any of Payload's field hooks walk
 * it (they run before validation, and crash on some shapes); and, for a draft, whose rich text
 * breaks the editor's rules, which Payload checks only when publishing (draftRichTextRules.ts).
 */
export const guardRichText: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: Record<string, unknown> | undefined = args.data
  if (!data || typeof data !== 'object') return args
  const sent = collection.flattenedFields.filter((field) => field.type === 'richText' && field.name in data)
  for (const field of sent) {
    const problem = lexicalProblem(data[field.name])
    if (problem) {
      throw publicError(
        `正文格式无效（${field.name}）：请在编辑器中保存。 / Invalid rich text in ${field.name}: ${problem}.`,
        400,
        'RichTextError',
      )
    }
  }
  const write: RichTextWrite = {
    collection,
    operation,
    req,
    id: 'id' in args ? (args.id as number | string | undefined) : undefined,
    data,
    draft: args.draft,
    overrideAccess: args.overrideAccess,
  }
  if (sent.length > 0 && skipsPayloadValidation(write)) {
    await refuseInvalidDraftRichText(write, sent as Parameters<typeof refuseInvalidDraftRichText>[1])
  }
  return args
}
