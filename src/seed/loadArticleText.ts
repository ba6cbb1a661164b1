import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * The column's source article, kept inside the repository (a clone has no ../shared beside it).
 * Resolved from the working directory because bundlers move this module's own location.
 */
export const ARTICLE_PATH = path.resolve(process.cwd(), 'src/seed/column-article.txt')

export const loadArticleText = (): Promise<string> => fs.readFile(ARTICLE_PATH, 'utf8')
