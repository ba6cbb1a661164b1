import { pinyin } from 'pinyin-pro'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_LENGTH = 80

/**
 * A readable URL-safe ASCII slug for a Chinese or English title: Chinese characters become
 * toneless pinyin syllables, everything else is lower-cased; any other character separates words.
 * "淄博援藏 2022" -> "zi-bo-yuan-cang-2022".
 */
export function toSlug(text: string): string {
  const romanised = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
  const words = romanised
    .join(' ')
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > MAX_LENGTH) break
    slug = next
  }
  return slug
}
