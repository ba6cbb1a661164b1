import { APIError } from 'payload'

/** What an editor needs to resolve a conflict: who saved the newer version, when, and its text. */
export interface ConflictDetails {
  [key: string]: unknown
  /** The version the write was based on, and the one that stands now. */
  baseVersion: string | undefined
  currentVersion: string | undefined
  updatedAt?: string
  updatedBy?: string
  /** The newer document as it stands (for the editor to compare with their own text). */
  current?: Record<string, unknown>
}

function conflict(message: string, status: number, details: ConflictDetails): APIError {
  const error = new APIError<ConflictDetails>(message, status, details, true)
  // Named explicitly: production builds minify class names (see publicError.ts).
  error.name = 'EditConflict'
  return error
}

const who = (details: ConflictDetails) => details.updatedBy || '另一位同事'

/**
 * A time as a newsroom in China reads it, without ASCII colons or commas: the admin's error toast
 * splits a message at the first colon and at every comma into a list of field errors.
 */
export function beijingTime(iso: string | undefined): string {
  if (!iso) return ''
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}时${parts.minute}分${parts.second}秒（北京时间）`
}

/** A save based on an older version than the one that stands now (the admin form, or `updatedAt` in the body). */
export function staleBaseError(details: ConflictDetails): APIError {
  return conflict(
    `${who(details)}已于 ${beijingTime(details.updatedAt)} 保存了更新的版本，您的修改没有保存。请先复制您的文字，重新加载后再改，或在比较后有意覆盖。 / ` +
      `${details.updatedBy || 'Someone else'} saved a newer version and your changes were not saved. Copy your text and reload or overwrite deliberately after comparing.`,
    409,
    details,
  )
}

/** `If-Match` names a version that is no longer the newest: HTTP's own answer, 412. */
export function preconditionFailedError(details: ConflictDetails): APIError {
  return conflict(
    '文档已被修改，If-Match 指定的版本已不是最新版本，未写入任何内容。请重新读取后再提交。 / ' +
      'Precondition Failed. The document changed since the version named in If-Match and nothing was written. Read it again and retry.',
    412,
    details,
  )
}
