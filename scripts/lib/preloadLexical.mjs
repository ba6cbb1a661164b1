import fs from 'node:fs'
import path from 'node:path'

/**
 * Lexical's Node entry points pick their dev or prod build with a top-level `await import(...)`.
 * When Node 20 evaluates many of them at once (importing @payloadcms/richtext-lexical does), the
 * module graph sometimes never finishes evaluating: the process then exits with code 13
 * ("unsettled top-level await") or, if something else keeps it alive, hangs. Seen here in about
 * half of all plain `import('@payloadcms/richtext-lexical')` calls. Loading the Lexical packages
 * one after another first, so each top-level await settles on its own, never hangs (0 of 25).
 * Next.js and Vitest bundle or transform these modules and are not affected.
 */
export async function preloadLexical() {
  const scoped = fs.readdirSync(path.resolve('node_modules/@lexical')).map((name) => `@lexical/${name}`)
  for (const name of ['lexical', ...scoped]) {
    // Packages without a Node entry (or not meant for Node) are simply skipped.
    await import(name).catch(() => {})
  }
}
