import { bilingualMessage } from '@/errors/bilingualMessage'

import { jsonBodyProblem } from './requestBody'

/**
 * An upload form's parts, checked before Payload stores anything: a file name must be a name a
 * file system can hold (no control characters such as NUL, at most 255 bytes), and the document
 * data in `_payload` must be a JSON object like any JSON body. Pure: the caller parses the form.
 */
export interface FormPart {
  name: string
  /** The file name, for a part that is a file. */
  filename?: string
  /** The text, for a part that is a field. */
  text?: string
}

/** Most file systems' limit on one name. */
export const MAX_FILENAME_BYTES = 255

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

export function fileNameProblem(filename: string): string | null {
  if (CONTROL_CHARACTERS.test(filename)) {
    return bilingualMessage(
      '文件名中含有控制字符（如 NUL）。',
      'The file name contains a control character (such as NUL).',
    )
  }
  if (Buffer.byteLength(filename) > MAX_FILENAME_BYTES) {
    return bilingualMessage(
      `文件名过长（上限 ${MAX_FILENAME_BYTES} 字节）。`,
      `The file name is too long (at most ${MAX_FILENAME_BYTES} bytes).`,
    )
  }
  return null
}

export function uploadFormProblem(parts: FormPart[]): string | null {
  for (const part of parts) {
    if (part.filename !== undefined) {
      const problem = fileNameProblem(part.filename)
      if (problem) return problem
    } else if (part.name === '_payload' && part.text !== undefined) {
      const problem = jsonBodyProblem(part.text)
      if (problem) return problem
    }
  }
  return null
}
