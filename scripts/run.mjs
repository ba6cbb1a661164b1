/**
 * `node scripts/run.mjs <entry.ts> [args...]`: compiles the entry points (scripts/build-scripts.mjs)
 * and runs one of them in this process with the given arguments. Every npm script goes through here.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { buildScripts, compiledPath, ENTRY_POINTS } from './build-scripts.mjs'
import { preloadLexical } from './lib/preloadLexical.mjs'

const [entry, ...args] = process.argv.slice(2)
if (!ENTRY_POINTS.includes(entry)) {
  console.error(`usage: node scripts/run.mjs <entry> [args...]; entries: ${ENTRY_POINTS.join(', ')}`)
  process.exit(2)
}

await buildScripts()
await preloadLexical()
process.argv = [process.argv[0], path.resolve(compiledPath(entry)), ...args]
await import(pathToFileURL(path.resolve(compiledPath(entry))).href)
