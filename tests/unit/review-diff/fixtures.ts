import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The column's real article (the seed's text), in paragraphs. */
export const ARTICLE = readFileSync(path.resolve(import.meta.dirname, '../../../src/seed/column-article.txt'), 'utf8')

export const PARAGRAPHS = ARTICLE.split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '')

/** A small seeded generator (mulberry32), so a failing random case can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
