/**
 * Which blocks of an Article document the review checks read, in the order a reader meets them.
 * Pure (no Payload import): the adapter reads the document and the image captions and passes them
 * in, so the order and kinds are unit-tested without a database.
 */
import type { Article } from '@/payload-types'
import { lexicalBlocks } from '@/lexical/readLexical'
import { BYLINE_ROLES } from '@/vocabulary'

import type { ArticlePartInput } from '../types'

export type CheckedArticle = Pick<
  Article,
  'kicker' | 'title' | 'subtitle' | 'lead' | 'body' | 'coverImage' | 'bylines' | 'source'
>

/** The id of a relationship or upload value, stored as an id or populated. */
export const idOf = (value: unknown): number | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null
}

/** The images the checks need captions for: the cover and every image in the body. */
export function captionedMediaIds(article: CheckedArticle): number[] {
  const cover = idOf(article.coverImage)
  const inBody = lexicalBlocks(article.body).flatMap((b) => (b.type === 'upload' ? [b.mediaId] : []))
  return [...new Set([...(cover === null ? [] : [cover]), ...inBody])]
}

/** The byline as printed: "大众日报淄博融媒体中心记者 孙良栋". */
function bylineText(article: CheckedArticle): string {
  const names = (article.bylines ?? []).map((b) => `${BYLINE_ROLES[b.role]?.zh ?? ''} ${b.name}`.trim())
  return names.length > 0 ? `${article.source ?? ''}${names.join(' ')}` : ''
}

/**
 * kicker, title, subtitle, lead, the cover's caption, the body (headings; paragraphs, quotes and
 * list items as paragraphs; each image's caption where the image stands), then the byline. Empty
 * blocks are left out: they hold nothing to check and would only shift the offsets.
 */
export function articleParts(article: CheckedArticle, captions: ReadonlyMap<number, string>): ArticlePartInput[] {
  const caption = (id: number | null): ArticlePartInput[] => {
    const text = id === null ? undefined : captions.get(id)
    return text ? [{ kind: 'caption', text }] : []
  }
  const parts: ArticlePartInput[] = [
    { kind: 'kicker', text: article.kicker ?? '' },
    { kind: 'title', text: article.title ?? '' },
    { kind: 'subtitle', text: article.subtitle ?? '' },
    { kind: 'lead', text: article.lead ?? '' },
    ...caption(idOf(article.coverImage)),
    ...lexicalBlocks(article.body).flatMap((block): ArticlePartInput[] =>
      block.type === 'upload'
        ? caption(block.mediaId)
        : [{ kind: block.type === 'heading' ? 'heading' : 'paragraph', text: block.text }],
    ),
    { kind: 'byline', text: bylineText(article) },
  ]
  return parts.filter((part) => part.text.trim() !== '')
}
